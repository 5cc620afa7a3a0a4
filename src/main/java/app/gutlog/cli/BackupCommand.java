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
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back the journal up now: a consistent copy written by SQLite, synced and then renamed into"
                + " place, readable only by you. Without --out it goes into the backups folder beside the journal.")
final class BackupCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F", description = "Write the copy to this file instead.")
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
