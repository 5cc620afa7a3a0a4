package app.gutlog.cli;

import app.gutlog.app.BackupService;
import app.gutlog.text.Texts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog check}: SQLite's full integrity check of the journal; exits 1 on any problem. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    private final Texts texts = Texts.of(CheckCommand.class);

    @Override
    public Integer call() {
        List<String> problems = BackupService.check(gutlog.journalFile());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (problems.isEmpty()) {
            out.println(texts.format("cli.check.ok", gutlog.journalFile()));
            out.println(BackupService.backupsOf(gutlog.journalFile()).stream().findFirst()
                    .map(backup -> texts.format("cli.check.newestBackup", backup.fileName(), backup))
                    .orElse(texts.get("cli.check.noBackup")));
            out.flush();
            Optional<String> stale = BackupService.staleBackups(gutlog.journalFile(), Instant.now());
            stale.ifPresent(warning -> {
                err.println(texts.format("cli.error", warning));
                err.flush();
            });
            return stale.isPresent() ? 1 : 0;
        }
        err.println(texts.format("cli.error", texts.format("cli.check.damaged", gutlog.journalFile())));
        problems.forEach(problem -> err.println("  " + problem));
        BackupService.newestGoodBackup(gutlog.journalFile()).ifPresentOrElse(
                backup -> err.println(texts.format("cli.check.newestGoodBackup", backup, gutlog.journalFile())),
                () -> err.println(texts.get("cli.check.noGoodBackup")));
        err.flush();
        return 1;
    }
}
