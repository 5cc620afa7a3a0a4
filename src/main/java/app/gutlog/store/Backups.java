package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The journal's backups, in the {@code backups} folder beside it: one on the first start of each day (the last 7
 * kept), one a week (the last 4 kept), and those made by hand, before a schema update or before a restore (all kept).
 * Each is a consistent copy written by SQLite, synced and renamed into place, readable only by its owner.
 */
public final class Backups {

    public static final int DAILY_KEPT = 7;
    public static final int WEEKLY_KEPT = 4;

    private final Database database;
    private final Clock clock;

    public Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path folder() {
        return BackupFiles.folderOf(database.file());
    }

    /** Makes a backup now and returns its file. */
    public Path backUpNow() {
        Path target = BackupFiles.fileFor(database.file(), Backup.Kind.MANUAL,
                LocalDateTime.now(clock).format(BackupFiles.STAMP));
        database.snapshot(target);
        return target;
    }

    /** A consistent copy of the journal at {@code target}, anywhere. */
    public void copyTo(Path target) {
        database.snapshot(target.toAbsolutePath());
    }

    /**
     * On the first start of a day, backs the journal up (and once a week keeps a weekly copy too), then removes
     * daily and weekly backups beyond the last {@value #DAILY_KEPT} and {@value #WEEKLY_KEPT}. Returns the new daily
     * backup, or nothing when today's exists already or the journal holds no day yet.
     */
    public Optional<Path> dailyIfDue(boolean journalHasDays) {
        LocalDate today = LocalDate.now(clock);
        Path daily = BackupFiles.fileFor(database.file(), Backup.Kind.DAILY, today.toString());
        if (!journalHasDays || Files.exists(daily)) {
            return Optional.empty();
        }
        database.snapshot(daily);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Path weekly = BackupFiles.fileFor(database.file(), Backup.Kind.WEEKLY, week);
        if (!Files.exists(weekly)) {
            database.snapshot(weekly);
        }
        prune(Backup.Kind.DAILY, DAILY_KEPT);
        prune(Backup.Kind.WEEKLY, WEEKLY_KEPT);
        return Optional.of(daily);
    }

    private void prune(Backup.Kind kind, int kept) {
        List<Path> ofKind = BackupFiles.files(folder()).stream()
                .filter(file -> BackupFiles.kindOf(database.file(), file).orElse(null) == kind)
                .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                .toList();
        for (Path old : ofKind.subList(Math.min(kept, ofKind.size()), ofKind.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new JournalException(
                        texts().format("store.backup.cannotRemoveOld", old.toString(), e.getMessage()), e);
            }
        }
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return listOf(database.file());
    }

    /** Every backup of {@code journal}, newest first, without opening it. */
    public static List<Backup> listOf(Path journal) {
        return BackupFiles.listOf(journal);
    }

    private static Texts texts() {
        return Texts.of(Backups.class);
    }
}
