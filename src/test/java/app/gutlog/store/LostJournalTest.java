package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.DayEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal that is gone or empty while its backups are there is a lost journal, never a new empty one. */
class LostJournalTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private Path journal;

    @BeforeEach
    void journalWithABackup() {
        journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(DAY, Map.of("gas", 2.0), "mine"));
            services.backups().backUpNow();
        }
    }

    @Test
    void aMissingJournalWithBackupsIsNotReplacedByAnEmptyOne() throws Exception {
        Files.delete(journal);

        assertThatThrownBy(() -> AppServices.open(journal)).isInstanceOf(DamagedJournalException.class)
                .hasMessageContaining("is missing, but copies of it are kept: backups/journal.manual-")
                .hasMessageContaining("has not started an empty journal");
        assertThat(journal).doesNotExist();
    }

    @Test
    void anEmptyJournalWithBackupsIsReportedByCheckAndTheBackupRestoresIt() throws Exception {
        Files.write(journal, new byte[0]);
        Files.deleteIfExists(temp.resolve("journal.db-wal"));

        assertThatThrownBy(() -> AppServices.open(journal)).hasMessageContaining("is empty (0 bytes)");
        assertThat(BackupService.check(journal)).singleElement().asString().startsWith("the journal is empty (0 bytes)");
        Path good = BackupService.newestGoodBackup(journal).orElseThrow();

        BackupService.restore(journal, good);

        assertThat(StoredDays.load(journal, DAY).orElseThrow().notes()).isEqualTo("mine");
    }

    @Test
    void aDamagedCopyKeptAsideAlsoStopsANewEmptyJournal() throws Exception {
        Files.move(journal, temp.resolve("journal.db.damaged-20260302-101010"));
        for (Path backup : Files.list(temp.resolve("backups")).toList()) {
            Files.delete(backup);
        }

        assertThatThrownBy(() -> AppServices.open(journal)).hasMessageContaining("journal.db.damaged-20260302-101010");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aCopyLeftHalfWrittenByACrashIsNotOffered() throws Exception {
        Files.move(journal, temp.resolve("journal.db.damaged-20260302-101010"));
        Files.writeString(temp.resolve("journal.db.damaged-20260302-111111.partial"), "cut short");

        assertThatThrownBy(() -> AppServices.open(journal)).hasMessageContaining("journal.db.damaged-20260302-101010")
                .hasMessageNotContaining(".partial");
    }
}
