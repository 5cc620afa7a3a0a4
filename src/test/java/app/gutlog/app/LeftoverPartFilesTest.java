package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.store.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export cut short by a kill leaves a hidden temporary file of health data; the next start removes it. */
class LeftoverPartFilesTest {

    @TempDir
    Path temp;

    @Test
    void theNextStartRemovesTheTemporaryFilesOfAnExportThatWasKilled() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(LocalDate.of(2026, 3, 2), Map.of("gas", 2.0), "private"));
        }
        Path exports = Files.createDirectory(temp.resolve("exports"));
        Path leftover = Files.writeString(exports.resolve(".days.csv.12345.part"), "date,gas\n2026-03-02,2\n");
        Path mine = Files.writeString(exports.resolve("notes.txt"), "not GutLog's");
        Files.writeString(JournalFiles.partFileLedger(journal), leftover + "\n" + mine + "\n");

        try (AppServices services = AppServices.open(journal)) {
            assertThat(leftover).doesNotExist();
            assertThat(mine).hasContent("not GutLog's");
            assertThat(JournalFiles.partFileLedger(journal)).doesNotExist();

            services.exports().exportCsv(exports.resolve("days.csv"), ExistingFile.KEEP,
                    new ExportService.ExportRequest(null, null, CsvOptions.DEFAULT, Set.of()), TaskRunner.Progress.NONE);
        }

        assertThat(JournalFiles.partFileLedger(journal)).doesNotExist();
        try (var files = Files.list(exports)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("days.csv", "days.dictionary.csv", "notes.txt");
        }
    }
}
