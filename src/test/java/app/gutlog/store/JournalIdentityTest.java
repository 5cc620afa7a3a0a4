package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.domain.DayEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a person does with file names destroys the journal: a second name for it, a restore of a file that is no
 * journal, a backup with a pending write-ahead log, or an export aimed at one of its files.
 */
class JournalIdentityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private Path journal() {
        Path file = temp.resolve("journal.db");
        if (!Files.exists(file)) {
            try (AppServices services = AppServices.open(file)) {
                services.days().save(new DayEntry(DAY, Map.of("gas", 2.0), "mine"));
            }
        }
        return file;
    }

    private static void sql(Path database, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = c.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }

    private void assertJournalUnchanged(Path journal) {
        assertThat(StoredDays.load(journal, DAY)).contains(new DayEntry(DAY, Map.of("gas", 2.0), "mine"));
        assertThat(BackupService.check(journal)).isEmpty();
    }

    @Test
    void aNewJournalCarriesGutLogsApplicationId() throws Exception {
        Path journal = journal();
        try (Database database = Database.openReadOnly(journal)) {
            assertThat(Integer.parseInt(database.pragma("application_id"))).isEqualTo(JournalFiles.APPLICATION_ID);
        }
    }

    @Test
    void aSymbolicLinkToAnOpenJournalFindsItLocked() throws Exception {
        Path journal = journal();
        Path link = Files.createSymbolicLink(temp.resolve("other-name.db"), journal);
        try (AppServices open = AppServices.open(journal)) {
            assertThatThrownBy(() -> AppServices.open(link)).hasMessageContaining("already open");
        }
    }

    @Test
    void aJournalWithASecondHardLinkIsRefusedAndExplained() throws Exception {
        Path journal = journal();
        Files.createLink(temp.resolve("hard.db"), journal);

        assertThatThrownBy(() -> AppServices.open(journal)).hasMessageContaining("has 2 names on the disk (hard links)");
        Files.delete(temp.resolve("hard.db"));
        assertJournalUnchanged(journal);
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsRefusedAndItsTargetLeftAlone() throws Exception {
        Path journal = journal();
        Path target = Files.writeString(temp.resolve("precious.txt"), "do not touch");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(temp.resolve("journal.db.lock"));
        Files.createSymbolicLink(temp.resolve("journal.db.lock"), target);

        assertThatThrownBy(() -> AppServices.open(journal)).hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(target)).isEqualTo("do not touch");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void anotherProgramsDatabaseIsNeitherOpenedAsAJournalNorChanged() throws Exception {
        Path foreign = temp.resolve("photos.db");
        sql(foreign, "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO photo VALUES (1, 'cat')");
        long size = Files.size(foreign);

        assertThatThrownBy(() -> AppServices.open(foreign)).hasMessageContaining("a database of another program");
        assertThat(Files.size(foreign)).isEqualTo(size);
        try (Database database = Database.openReadOnly(foreign)) {
            assertThat(database.schemaVersion()).isZero();
        }
    }

    @Test
    void filesThatAreNoGutLogJournalAreNotRestoredAndTheJournalIsUnchanged() throws Exception {
        Path journal = journal();
        Path empty = Files.createFile(temp.resolve("empty.db"));
        Path foreign = temp.resolve("foreign.db");
        sql(foreign, "PRAGMA application_id = 1234", "CREATE TABLE t (x)");
        Path newer = temp.resolve("newer.db");
        Files.copy(journal, newer);
        sql(newer, "PRAGMA user_version = 99");
        Path missingTables = temp.resolve("missing.db");
        Files.copy(journal, missingTables);
        sql(missingTables, "DROP TABLE trial_measure", "DROP TABLE trial");
        Path text = Files.writeString(temp.resolve("notes.db"), "hello, this is not a database at all, just some text");

        assertThatThrownBy(() -> BackupService.restore(journal, empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> BackupService.restore(journal, foreign)).hasMessageContaining("another program");
        assertThatThrownBy(() -> BackupService.restore(journal, newer)).hasMessageContaining("newer GutLog (schema version 99");
        assertThatThrownBy(() -> BackupService.restore(journal, missingTables))
                .hasMessageContaining("lacks the journal's tables trial, trial_measure");
        assertThatThrownBy(() -> BackupService.restore(journal, text)).hasMessageContaining("not a GutLog journal that SQLite can read");
        assertJournalUnchanged(journal);
        try (AppServices reopened = AppServices.open(journal)) {
            assertThat(reopened.days().load(DAY)).isPresent();
        }
    }

    @Test
    void aBackupWithAPendingWriteAheadLogIsRestoredWithEveryDay() throws Exception {
        Path source = temp.resolve("source.db");
        try (AppServices services = AppServices.open(source)) {
            services.days().save(new DayEntry(DAY, Map.of("gas", 1.0), "checkpointed"));
        }
        Path copy = temp.resolve("copy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("INSERT INTO day (day, notes, updated_at) VALUES ('2026-03-03', 'only in the log', 'x')");
            Files.copy(source, copy);
            Files.copy(temp.resolve("source.db-wal"), temp.resolve("copy.db-wal"));
        }
        assertThat(Files.size(temp.resolve("copy.db-wal"))).isPositive();

        BackupService.restore(journal(), copy);

        assertThat(StoredDays.load(temp.resolve("journal.db"), DAY.plusDays(1)).orElseThrow().notes())
                .isEqualTo("only in the log");
    }

    @Test
    void noOutputLandsOnTheJournalItsFilesItsBackupsOrTheDemo() throws Exception {
        Path journal = journal();
        Path backup;
        try (AppServices services = AppServices.open(journal)) {
            backup = services.backups().backUpNow();
        }
        Files.createDirectory(temp.resolve("sub"));
        Path symlink = Files.createSymbolicLink(temp.resolve("export.csv"), journal);
        Path hardLinkToBackup = Files.createLink(temp.resolve("sub").resolve("b.csv"), backup);
        Path otherDatabase = temp.resolve("other.db");
        sql(otherDatabase, "CREATE TABLE t (x)");

        for (Path target : new Path[] {journal, temp.resolve("journal.db-wal"), temp.resolve("journal.db-shm"),
                temp.resolve("journal.db.lock"), temp.resolve("sub/../journal.db"), symlink, backup, hardLinkToBackup,
                temp.resolve("demo-journal.db"), otherDatabase}) {
            assertThatThrownBy(() -> JournalFiles.requireSafeOutput(journal, target))
                    .as(target.toString()).hasMessageContaining("GutLog will not write to");
        }
        JournalFiles.requireSafeOutput(journal, temp.resolve("days.csv"));
        JournalFiles.requireSafeOutput(journal, Files.writeString(temp.resolve("old.csv"), "date\n"));
        assertJournalUnchanged(journal);
    }

    @Test
    void aJournalItsOwnerMadeReadOnlyOpensToReadAndRefusesEverySave() throws Exception {
        Path journal = journal();
        Files.setPosixFilePermissions(journal, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        try (AppServices services = AppServices.open(journal)) {
            assertThat(services.readOnly()).isTrue();
            assertThat(services.days().load(DAY)).isPresent();
            assertThatThrownBy(() -> services.days().save(new DayEntry(DAY, Map.of("gas", 9.0), null)))
                    .hasMessageContaining("is read-only").hasMessageContaining("chmod u+w");
        }

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)))
                .isEqualTo("r--------");
        assertJournalUnchanged(journal);
    }
}
