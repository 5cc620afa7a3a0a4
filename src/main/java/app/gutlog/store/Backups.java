package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The journal's backups, in the {@code backups} folder beside it: one on the first start of each day (the last 7
 * kept), one a week (the last 4 kept), and those made by hand, before a schema update or before a restore (all kept).
 * Each is a consistent copy written by SQLite, synced and renamed into place, readable only by its owner.
 */
public final class Backups {

    public static final int DAILY_KEPT = 7;
    public static final int WEEKLY_KEPT = 4;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final Clock clock;

    public Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path folder() {
        return database.backupFolder();
    }

    /** Makes a backup now and returns its file. */
    public Path backUpNow() {
        Path target = fileFor(database.file(), Backup.Kind.MANUAL, LocalDateTime.now(clock).format(STAMP));
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
        Path daily = fileFor(database.file(), Backup.Kind.DAILY, today.toString());
        if (!journalHasDays || Files.exists(daily)) {
            return Optional.empty();
        }
        database.snapshot(daily);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Path weekly = fileFor(database.file(), Backup.Kind.WEEKLY, week);
        if (!Files.exists(weekly)) {
            database.snapshot(weekly);
        }
        prune(Backup.Kind.DAILY, DAILY_KEPT);
        prune(Backup.Kind.WEEKLY, WEEKLY_KEPT);
        return Optional.of(daily);
    }

    private void prune(Backup.Kind kind, int kept) {
        List<Path> ofKind = files().stream()
                .filter(file -> kindOf(database.file(), file).orElse(null) == kind)
                .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                .toList();
        for (Path old : ofKind.subList(Math.min(kept, ofKind.size()), ofKind.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new JournalException("Could not remove the old backup " + old + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return listOf(database.file());
    }

    /**
     * Where a backup of {@code journal} goes: {@code backups/journal.daily-2026-11-23.db} beside {@code journal.db}.
     * The journal's name leads, so that journals sharing a folder (the demo journal beside one's own) never mix
     * their backups.
     */
    static Path fileFor(Path journal, Backup.Kind kind, String detail) {
        return journal.toAbsolutePath().resolveSibling("backups")
                .resolve(stem(journal) + "." + kind.prefix() + "-" + detail + ".db");
    }

    private static String stem(Path journal) {
        String name = journal.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    /** Every backup of {@code journal}, newest first, without opening it. */
    public static List<Backup> listOf(Path journal) {
        Path folder = journal.toAbsolutePath().resolveSibling("backups");
        List<Backup> backups = new ArrayList<>();
        for (Path file : files(folder)) {
            kindOf(journal, file).ifPresent(kind -> {
                try {
                    backups.add(new Backup(file.getFileName().toString(), kind,
                            LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()),
                            Files.size(file)));
                } catch (IOException vanished) {
                    // removed while listing: not a backup any more
                }
            });
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    private List<Path> files() {
        return files(folder());
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(".db")).toList();
        } catch (IOException e) {
            throw new JournalException("Could not list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Backup.Kind> kindOf(Path journal, Path file) {
        String name = file.getFileName().toString();
        String prefix = stem(journal) + ".";
        return Stream.of(Backup.Kind.values())
                .filter(kind -> name.startsWith(prefix + kind.prefix() + "-"))
                .findFirst();
    }

    /**
     * What SQLite's full {@code integrity_check} says of a journal or backup file: an empty list when it is sound.
     * The file is only read. A disk that fails to read it is not a damaged file: that error is thrown, not listed.
     */
    public static List<String> problemsIn(Path file) {
        try (Database copy = Database.openReadOnly(file)) {
            return copy.integrityProblems("integrity_check");
        } catch (DamagedJournalException e) {
            return List.of(e.getMessage());
        }
    }
}
