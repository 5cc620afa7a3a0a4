package app.gutlog.cli;

import app.gutlog.app.BackupService;
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
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the journal with SQLite's full integrity check. Prints ok and the newest backup, or every"
                + " problem and the newest backup to restore. Exits with 1 on any problem, and when the journal was"
                + " changed in the last 7 days but has no backup as recent. Changes nothing.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = BackupService.check(gutlog.journalFile());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (problems.isEmpty()) {
            out.printf("%s: ok%n", gutlog.journalFile());
            out.println(BackupService.backupsOf(gutlog.journalFile()).stream().findFirst()
                    .map(backup -> "Newest backup: " + backup.fileName() + ", made " + backup + ".")
                    .orElse("No backup yet."));
            out.flush();
            Optional<String> stale = BackupService.staleBackups(gutlog.journalFile(), Instant.now());
            stale.ifPresent(warning -> {
                err.println("gutlog: " + warning);
                err.flush();
            });
            return stale.isPresent() ? 1 : 0;
        }
        err.printf("gutlog: %s is damaged:%n", gutlog.journalFile());
        problems.forEach(problem -> err.println("  " + problem));
        BackupService.newestGoodBackup(gutlog.journalFile()).ifPresentOrElse(
                backup -> err.printf("The newest good backup is %s; restore it with: gutlog --db %s restore %s%n",
                        backup, gutlog.journalFile(), backup),
                () -> err.println("No good backup was found beside it."));
        err.flush();
        return 1;
    }
}
