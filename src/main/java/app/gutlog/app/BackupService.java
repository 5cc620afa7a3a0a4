package app.gutlog.app;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.store.Backups;
import app.gutlog.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Backing the journal up, by hand and once a day, and the checks and restores that keep it safe. */
public final class BackupService {

    private final Backups backups;
    private volatile String dailyProblem;

    BackupService(Backups backups) {
        this.backups = backups;
    }

    /** The first start of each day backs the journal up; a failure is kept to be shown, not thrown. */
    void dailyIfDue(boolean journalHasDays) {
        try {
            backups.dailyIfDue(journalHasDays);
            dailyProblem = null;
        } catch (JournalException e) {
            dailyProblem = "Today's automatic backup failed: " + e.getMessage();
        }
    }

    /** Why today's automatic backup failed, if it did. */
    public Optional<String> dailyProblem() {
        return Optional.ofNullable(dailyProblem);
    }

    public Path backUpNow() {
        return backups.backUpNow();
    }

    /** A consistent copy of the journal at {@code target}. */
    public Path copyTo(Path target) {
        backups.copyTo(target);
        return target;
    }

    public Path folder() {
        return backups.folder();
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return backups.list();
    }

    public Path fileOf(Backup backup) {
        return backups.folder().resolve(backup.fileName());
    }

    /** SQLite's full integrity check of a journal that is not open: an empty list when it is sound. */
    public static List<String> check(Path journal) {
        return Database.check(journal);
    }

    /**
     * Replaces the journal (which must not be open) with {@code backup} once that passes the integrity check; the
     * journal is backed up first, or kept aside if it is too damaged. Returns where the old journal is now.
     */
    public static Path restore(Path journal, Path backup) {
        return Database.restore(journal, backup);
    }

    /** Deletes the journal (which must not be open), its write-ahead files and every backup. */
    public static void deleteEverything(Path journal) {
        Database.deleteEverything(journal);
    }

    /** The newest backup of a journal that could be restored, for when the journal itself is damaged. */
    public static Optional<Path> newestGoodBackup(Path journal) {
        Path folder = journal.toAbsolutePath().resolveSibling("backups");
        return Backups.listOf(journal).stream()
                .map(backup -> folder.resolve(backup.fileName()))
                .filter(file -> Database.restoreProblems(file).isEmpty())
                .findFirst();
    }
}
