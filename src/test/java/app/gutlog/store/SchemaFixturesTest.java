package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journal written by every schema version GutLog has had (src/test/resources/.../fixtures/schema-vN.db) opens in
 * this version with every value intact. Run {@link #main} with the version's code to add a fixture for a new one.
 */
class SchemaFixturesTest {

    static final Measure CUSTOM = new Measure("cold_showers", "Cold showers", MeasureKind.SUPPORT, MeasureGroup.STRESS,
            Scale.MINUTES, "minutes", ExposureRule.ANY_AMOUNT, "Minutes under cold water.", false, false);
    static final List<DayEntry> DAYS = List.of(
            new DayEntry(LocalDate.of(2025, 12, 30), Map.of("bloating", 7.0, "sleep_hours", 6.25, "stool_form", 4.0,
                    "gut_infection", 1.0, "sleep_quality", 2.0, "cold_showers", 5.0), "Café, \"quotes\", 🙂\nline two"),
            new DayEntry(LocalDate.of(2025, 12, 31), Map.of(), null),
            new DayEntry(LocalDate.of(2026, 1, 1), Map.of("alcohol", 4.0, "nsaid", 2.0, "stress", 0.0), "=not a formula"));

    @TempDir
    Path temp;

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {1, 2})
    void aJournalFromEachSchemaVersionOpensWithEveryValueIntact(int version) throws IOException {
        Path journal = temp.resolve("journal.db");
        try (InputStream fixture = SchemaFixturesTest.class.getResourceAsStream("fixtures/schema-v" + version + ".db")) {
            assertThat(fixture).as("fixture for schema version %d", version).isNotNull();
            Files.copy(fixture, journal);
        }

        try (Database database = Journals.open(journal)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.builtIn().latestVersion());
            assertThat(database.pragma("integrity_check")).isEqualTo("ok");
            assertThat(new MeasureRepository(database).findAll()).contains(CUSTOM);
            assertThat(new DayRepository(database).findBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                    .containsExactlyElementsOf(DAYS);
        }
    }

    /** Writes the fixture for the current schema version: {@code main(path-to-schema-vN.db)}. */
    public static void main(String[] args) {
        try (Database database = Journals.open(Path.of(args[0]))) {
            new MeasureRepository(database).add(CUSTOM);
            new DayRepository(database).saveAll(DAYS);
        } // closing the last connection folds the write-ahead log into the file

    }
}
