package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog demo}: fills an empty journal with made-up days that have known effects planted in them. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", descriptionKey = "cli.help.demo.days")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.help.demo.seed")
    long seed;

    private final Texts texts = Texts.of(DemoCommand.class);

    @Override
    public void run() {
        try (AppServices services = gutlog.openJournal()) {
            int written = services.insights().createDemo(days, seed);
            spec.commandLine().getOut().println(texts.format("cli.demo.wrote", written, services.databaseFile()));
            spec.commandLine().getOut().flush();
        }
    }
}
