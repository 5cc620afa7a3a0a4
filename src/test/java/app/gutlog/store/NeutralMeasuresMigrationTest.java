package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 4 makes dairy and zinc neutral ("other") measures, keeping every value logged for them. */
class NeutralMeasuresMigrationTest {

    private static final List<DayEntry> DAYS = List.of(
            new DayEntry(LocalDate.of(2026, 3, 1), Map.of("dairy", 2.0, "zinc", 1.0, "bloating", 6.0), "cheese"),
            new DayEntry(LocalDate.of(2026, 3, 2), Map.of("dairy", 0.0, "zinc", 0.0), null),
            new DayEntry(LocalDate.of(2026, 3, 3), Map.of("dairy", 1.5, "gluten", 1.0), null));

    @TempDir
    Path temp;

    private Path versionThreeJournalWithDairyAndZinc() {
        Path journal = temp.resolve("journal.db");
        Migrations builtIn = Migrations.builtIn();
        Migrations upToThree = new Migrations(List.of(builtIn.script(1), builtIn.script(2), builtIn.script(3)));
        try (Database database = Journals.open(journal, upToThree)) {
            assertThat(database.schemaVersion()).isEqualTo(3);
            Map<String, Measure> before = byKey(new MeasureRepository(database).findAll());
            assertThat(before.get("dairy").kind()).isEqualTo(MeasureKind.RISK_FACTOR);
            assertThat(before.get("zinc").kind()).isEqualTo(MeasureKind.SUPPORT);
            DayRepository days = new DayRepository(database);
            DAYS.forEach(days::save);
        }
        return journal;
    }

    private static Map<String, Measure> byKey(List<Measure> measures) {
        return measures.stream().collect(Collectors.toMap(Measure::key, Function.identity()));
    }

    @Test
    void aVersionThreeJournalKeepsDairyAndZincWithTheirValuesAsOtherMeasures() throws IOException {
        Path journal = versionThreeJournalWithDairyAndZinc();

        try (Database database = Journals.open(journal)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.builtIn().latestVersion());
            Map<String, Measure> after = byKey(new MeasureRepository(database).findAll());
            assertThat(after.get("dairy").kind()).isEqualTo(MeasureKind.OTHER);
            assertThat(after.get("zinc").kind()).isEqualTo(MeasureKind.OTHER);
            assertThat(after.get("dairy").group()).isEqualTo(MeasureGroup.DIET);
            assertThat(after.get("zinc").group()).isEqualTo(MeasureGroup.SUPPLEMENTS);
            assertThat(after.get("dairy").name()).isEqualTo("Dairy");
            assertThat(after.get("dairy").unit()).isEqualTo("servings");
            assertThat(after.get("zinc").exposure()).isEqualTo(ExposureRule.ANY_AMOUNT);
            assertThat(after.get("dairy").builtIn()).isTrue();
            assertThat(after.get("gluten").kind()).isEqualTo(MeasureKind.RISK_FACTOR);
            assertThat(after.get("vitamin_d").kind()).isEqualTo(MeasureKind.SUPPORT);
            assertThat(new DayRepository(database).findBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .containsExactlyElementsOf(DAYS);
            assertThat(database.pragma("integrity_check")).isEqualTo("ok");
        }
        try (Stream<Path> backups = Files.list(temp.resolve("backups"))) {
            assertThat(backups.map(path -> path.getFileName().toString())).anyMatch(name -> name.contains("v3-"));
        }
    }

    @Test
    void aNewJournalHasDairyAndZincAsOtherMeasuresToo() {
        try (Database database = Journals.open(temp.resolve("new.db"))) {
            Map<String, Measure> measures = byKey(new MeasureRepository(database).findAll());
            assertThat(measures.get("dairy").kind()).isEqualTo(MeasureKind.OTHER);
            assertThat(measures.get("zinc").kind()).isEqualTo(MeasureKind.OTHER);
        }
    }
}
