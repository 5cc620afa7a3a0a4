package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog demo}: fills an empty journal with made-up days that have known effects planted in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Fill an empty journal with made-up days ending today, to try GutLog on.",
            "Planted effects: alcohol raises the next day's bloating; NSAIDs raise the same day's abdominal pain;"
                    + " under 7 hours' sleep raises fatigue and brain fog; stress of 6 or more raises anxiety."
                    + " Dairy and zinc have no effect.",
            "Use a separate file (--db), never your own journal: a journal that holds any day is refused."
        })
final class DemoCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "How many days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed always gives the same journal (default: ${DEFAULT-VALUE}).")
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
