package app.gutlog.cli;

import app.gutlog.app.BackupService;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog restore}: replaces the journal with a backup that passes SQLite's integrity check. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "F", descriptionKey = "cli.help.restore.backup")
    Path backup;

    private final Texts texts = Texts.of(RestoreCommand.class);

    @Override
    public void run() {
        Path kept = BackupService.restore(gutlog.journalFile(), backup);
        spec.commandLine().getOut().println(kept == null
                ? texts.format("cli.restore.done", backup, gutlog.journalFile())
                : texts.format("cli.restore.doneKeptAside", backup, gutlog.journalFile(), kept));
        spec.commandLine().getOut().flush();
    }
}
