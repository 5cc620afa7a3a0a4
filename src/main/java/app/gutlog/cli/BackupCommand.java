package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog backup}: a consistent copy of the journal, in its backups folder or wherever asked. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F", descriptionKey = "cli.help.backup.out")
    Path out;

    private final Texts texts = Texts.of(BackupCommand.class);

    @Override
    public void run() {
        Path written;
        try (AppServices services = gutlog.openJournal()) {
            written = out == null ? services.backups().backUpNow() : services.backups().copyTo(out);
        }
        spec.commandLine().getOut().println(texts.format("cli.backup.done", written));
        spec.commandLine().getOut().flush();
    }
}
