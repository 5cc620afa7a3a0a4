package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.domain.Backup;
import app.gutlog.domain.DayEntry;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path temp;

    private Path journal() {
        return temp.resolve("journal.db");
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private List<String> backupNames() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private void logSomething(LocalDate day) {
        try (AppServices services = AppServices.open(journal(), on(day))) {
            services.days().save(new DayEntry(day, Map.of("gas", 1.0), "day " + day));
        }
    }

    /** Overwrites part of the file's pages, as a failing disk might. */
    private static void damage(Path file) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(4096 * 2);
            raw.write(new byte[8192]);
            for (long at = 4096 * 2; at < Math.min(raw.length(), 4096 * 6); at += 97) {
                raw.seek(at);
                raw.write(0x5A);
            }
        }
    }

    @Test
    void theFirstStartOfEachDayBacksUpAndOnlySevenDailyAndFourWeeklyAreKept() throws IOException {
        for (int day = 0; day < 40; day++) {
            logSomething(START.plusDays(day));
            try (AppServices again = AppServices.open(journal(), on(START.plusDays(day)))) {
                assertThat(again.backups().dailyProblem()).isEmpty();
            }
        }
        List<String> names = backupNames();

        assertThat(names.stream().filter(name -> name.startsWith("journal.daily-"))).containsExactly(
                "journal.daily-2026-02-03.db", "journal.daily-2026-02-04.db", "journal.daily-2026-02-05.db", "journal.daily-2026-02-06.db",
                "journal.daily-2026-02-07.db", "journal.daily-2026-02-08.db", "journal.daily-2026-02-09.db");
        assertThat(names.stream().filter(name -> name.startsWith("journal.weekly-"))).containsExactly(
                "journal.weekly-2026-W04.db", "journal.weekly-2026-W05.db", "journal.weekly-2026-W06.db", "journal.weekly-2026-W07.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("backups"))))
                .isEqualTo("rwx------");
        for (String name : names) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("backups").resolve(name))))
                    .isEqualTo("rw-------");
            assertThat(IntegrityChecks.problemsIn(temp.resolve("backups").resolve(name))).isEmpty();
        }
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsTheJournalAsItWas() throws IOException {
        logSomething(START);
        Path backup;
        try (AppServices services = AppServices.open(journal(), on(START))) {
            backup = services.backups().backUpNow();
            services.days().save(new DayEntry(START.plusDays(1), Map.of("gas", 5.0), "after the backup"));
        }

        Path kept = BackupService.restore(journal(), backup);

        assertThat(StoredDays.count(journal())).isEqualTo(1);
        assertThat(StoredDays.count(kept)).isEqualTo(2);
        assertThat(kept.getFileName().toString()).startsWith("journal.before-restore-");
    }

    @Test
    void aDamagedBackupIsRefusedAndTheJournalIsUnchanged() throws IOException {
        logSomething(START);
        Path backup;
        try (AppServices services = AppServices.open(journal(), on(START))) {
            backup = services.backups().copyTo(temp.resolve("copy.db"));
        }
        damage(backup);

        assertThatThrownBy(() -> BackupService.restore(journal(), backup))
                .hasMessageContaining("cannot be restored, and the journal is unchanged");
        assertThat(StoredDays.load(journal(), START).orElseThrow().notes()).isEqualTo("day " + START);
    }

    @Test
    void aDamagedJournalIsKeptAsideNeverDeletedAndTheNewestGoodBackupIsOffered() throws IOException {
        try (AppServices services = AppServices.open(journal(), on(START))) {
            services.insights().createDemo(365, 2);
        }
        try (AppServices services = AppServices.open(journal(), on(START.plusDays(1)))) {
            assertThat(services.backups().list()).extracting(Backup::kind).contains(Backup.Kind.DAILY);
        }
        damage(journal());

        assertThat(BackupService.check(journal())).isNotEmpty();
        Path good = BackupService.newestGoodBackup(journal()).orElseThrow();
        Path aside = BackupService.restore(journal(), good);

        assertThat(aside.getFileName().toString()).startsWith("journal.db.damaged-");
        assertThat(aside).exists();
        assertThat(BackupService.check(journal())).isEmpty();
        assertThat(StoredDays.count(journal())).isPositive();
    }

    @Test
    void aJournalThatIsOpenIsNeitherCheckedNorRestored() {
        logSomething(START);
        try (AppServices open = AppServices.open(journal(), on(START))) {
            Path backup = open.backups().backUpNow();
            assertThatThrownBy(() -> BackupService.restore(journal(), backup)).hasMessageContaining("already open");
            assertThatThrownBy(() -> BackupService.check(journal())).hasMessageContaining("already open");
        }
    }

    @Test
    void journalsSharingAFolderKeepTheirBackupsApart() {
        logSomething(START);
        try (AppServices demo = AppServices.open(temp.resolve("demo-journal.db"), on(START))) {
            demo.insights().createDemo(30, 1);
        }
        try (AppServices demo = AppServices.open(temp.resolve("demo-journal.db"), on(START.plusDays(1)));
                AppServices own = AppServices.open(journal(), on(START.plusDays(1)))) {
            assertThat(own.backups().list()).extracting(Backup::fileName)
                    .allMatch(name -> name.startsWith("journal."));
            assertThat(demo.backups().list()).extracting(Backup::fileName)
                    .isNotEmpty().allMatch(name -> name.startsWith("demo-journal."));
            assertThat(own.backups().list()).extracting(Backup::kind).contains(Backup.Kind.DAILY);
        }
    }
}
