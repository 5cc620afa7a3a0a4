package app.gutlog.app;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.store.Backups;
import app.gutlog.store.IntegrityChecks;
import app.gutlog.store.JournalRemoval;
import app.gutlog.store.Restorer;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
            dailyProblem = texts().format("app.backup.dailyFailed", e.getMessage());
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
        return IntegrityChecks.check(journal);
    }

    /**
     * Replaces the journal (which must not be open) with {@code backup} once that passes the integrity check; the
     * journal is backed up first, or kept aside if it is too damaged. Returns where the old journal is now.
     */
    public static Path restore(Path journal, Path backup) {
        return Restorer.restore(journal, backup);
    }

    /** Deletes the journal (which must not be open), its write-ahead files and every backup. */
    public static void deleteEverything(Path journal) {
        JournalRemoval.deleteEverything(journal);
    }

    /** Every backup of a journal that need not be open, newest first. */
    public static List<Backup> backupsOf(Path journal) {
        return Backups.listOf(journal);
    }

    /** The file of one of {@link #backupsOf}. */
    public static Path fileOf(Path journal, Backup backup) {
        return journal.toAbsolutePath().resolveSibling("backups").resolve(backup.fileName());
    }

    /** How old backups may grow while the journal is in use before {@link #staleBackups} warns. */
    public static final Duration BACKUPS_DUE = Duration.ofDays(7);

    /**
     * A warning when the journal was changed in the last {@link #BACKUPS_DUE} but its newest backup is older than
     * that: backups are failing or not being made. A journal with no backup yet gets its first on the next start.
     */
    public static Optional<String> staleBackups(Path journal, Instant now) {
        Instant changed = lastChanged(journal);
        if (changed == null || changed.isBefore(now.minus(BACKUPS_DUE))) {
            return Optional.empty();
        }
        Optional<Backup> newest = backupsOf(journal).stream().findFirst();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Instant made = newest.get().made().atZone(ZoneId.systemDefault()).toInstant();
        if (!made.isBefore(now.minus(BACKUPS_DUE))) {
            return Optional.empty();
        }
        return Optional.of(texts().format("app.backup.stale", newest.get().fileName(),
                Duration.between(made, now).toDays(), BACKUPS_DUE.toDays()));
    }

    private static Instant lastChanged(Path journal) {
        Instant latest = null;
        for (String suffix : List.of("", "-wal")) {
            Path file = journal.toAbsolutePath().resolveSibling(journal.getFileName() + suffix);
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                latest = latest == null || modified.isAfter(latest) ? modified : latest;
            } catch (IOException absent) {
                // no such file: it tells nothing about when the journal changed
            }
        }
        return latest;
    }

    /** The newest backup of a journal that could be restored, for when the journal itself is damaged. */
    public static Optional<Path> newestGoodBackup(Path journal) {
        Path folder = journal.toAbsolutePath().resolveSibling("backups");
        return Backups.listOf(journal).stream()
                .map(backup -> folder.resolve(backup.fileName()))
                .filter(file -> Restorer.restoreProblems(file).isEmpty())
                .findFirst();
    }

    private static Texts texts() {
        return Texts.of(BackupService.class);
    }
}
