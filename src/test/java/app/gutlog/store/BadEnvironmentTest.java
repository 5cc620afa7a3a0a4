package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only folder, a full disk and a missing folder each give a clear message, and what was saved survives. */
class BadEnvironmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    private static final DayEntry SAVED = new DayEntry(DAY, Map.of("gas", 3.0), "saved before");

    @TempDir
    Path temp;

    /**
     * Makes {@code folder} read-only for this process: by its permissions, or, for root (whom permissions do not
     * stop), with the file system's immutable flag.
     */
    private static void readOnly(Path folder, boolean readOnly) throws IOException, InterruptedException {
        if (System.getProperty("user.name").equals("root")) {
            Process chattr = new ProcessBuilder("chattr", readOnly ? "+i" : "-i", folder.toString()).inheritIO().start();
            assertThat(chattr.waitFor()).as("chattr (needs an ext4-like file system)").isZero();
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(readOnly ? "r-x------" : "rwx------"));
        }
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndKeepsTheJournal() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("data"));
        Path journal = folder.resolve("journal.db");
        try (Database database = Journals.open(journal)) {
            new DayRepository(database).save(SAVED);
        }
        readOnly(folder, true);
        try {
            assertThatThrownBy(() -> Journals.open(journal).close())
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("cannot write to " + journal)
                    .hasMessageContaining("Check that the folder is writable");
        } finally {
            readOnly(folder, false);
        }
        assertThat(StoredDays.load(journal, DAY)).contains(SAVED);
    }

    @Test
    void aMissingFolderUnderAReadOnlyOneGivesAClearMessage() throws Exception {
        Path parent = Files.createDirectory(temp.resolve("locked"));
        readOnly(parent, true);
        try {
            assertThatThrownBy(() -> Journals.open(parent.resolve("gutlog/journal.db")).close())
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("GutLog may not write to")
                    .hasMessageContaining("Choose another place for the journal");
        } finally {
            readOnly(parent, false);
        }
    }

    @Test
    void aFullDiskRefusesTheSaveWithAClearMessageAndKeepsWhatWasSaved() {
        Path journal = temp.resolve("journal.db");
        try (Database database = Journals.open(journal)) {
            DayRepository days = new DayRepository(database);
            days.save(SAVED);
            // SQLite's own limit on the file's size fails writes exactly as a full disk does (SQLITE_FULL)
            database.write(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + database.pragma("page_count"));
                }
                return null;
            });
            StringBuilder longNotes = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                longNotes.append("A long day of notes that needs new pages. ");
            }
            assertThatThrownBy(() -> {
                for (int i = 1; i < 400; i++) {
                    days.save(new DayEntry(DAY.plusDays(i), Map.of("gas", 1.0), longNotes.toString()));
                }
            }).isInstanceOf(JournalException.class).hasMessageContaining("is full").hasMessageContaining("what was saved before is kept");
        }
        try (Database reopened = Journals.open(journal)) {
            assertThat(reopened.pragma("integrity_check")).isEqualTo("ok");
            assertThat(new DayRepository(reopened).find(DAY)).contains(SAVED);
        }
    }
}
