package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real processes on one journal: the second is told at once that it is open, and changes nothing. */
@Tag("child-jvm")
class OneWriterTest {

    @TempDir
    Path temp;

    @Test
    void aSecondGutLogIsToldWithinASecondAndChangesNothing() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(ChildJournal.FIRST, Map.of("gas", 2.0), "mine"));
        }
        Process holder = ChildJournal.start("hold", journal.toString());
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");

            long start = System.nanoTime();
            assertThatThrownBy(() -> AppServices.open(journal))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("is already open in another GutLog");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);

            Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "app.gutlog.Main", "--db", journal.toString(),
                    "import", temp.resolve("none.csv").toString()).start();
            String error = new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(command.exitValue()).isEqualTo(1);
            assertThat(error).contains("is already open in another GutLog");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(StoredDays.count(journal)).isEqualTo(1);
        try (AppServices again = AppServices.open(journal)) {
            assertThat(again.days().load(ChildJournal.FIRST).orElseThrow().notes()).isEqualTo("mine");
        }
        assertThat(List.of(holder.exitValue())).containsExactly(0);
    }
}
