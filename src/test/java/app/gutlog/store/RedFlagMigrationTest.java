package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 3 adds the four red-flag measures to a journal of version 2, keeping everything else. */
class RedFlagMigrationTest {

    private static final List<String> RED_FLAGS = List.of("blood_in_stool", "weight_loss", "fever", "night_waking");

    @TempDir
    Path temp;

    private Path versionTwoJournal() throws IOException {
        Path journal = temp.resolve("journal.db");
        try (InputStream fixture = RedFlagMigrationTest.class.getResourceAsStream("fixtures/schema-v2.db")) {
            assertThat(fixture).as("the fixture for schema version 2").isNotNull();
            Files.copy(fixture, journal);
        }
        return journal;
    }

    @Test
    void aVersionTwoJournalGainsTheFourRedFlagsAsBuiltInYesNoSymptomsAndKeepsItsDays() throws IOException {
        Path journal = versionTwoJournal();
        try (Database database = Journals.open(journal)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.builtIn().latestVersion()).isGreaterThanOrEqualTo(3);
            List<Measure> measures = new MeasureRepository(database).findAll();

            assertThat(measures).filteredOn(Measure::redFlag).extracting(Measure::key).containsExactlyElementsOf(RED_FLAGS);
            assertThat(measures).filteredOn(Measure::redFlag).allSatisfy(measure -> {
                assertThat(measure.kind()).isEqualTo(MeasureKind.SYMPTOM);
                assertThat(measure.group()).isEqualTo(MeasureGroup.SYMPTOMS);
                assertThat(measure.scale()).isEqualTo(Scale.YES_NO);
                assertThat(measure.builtIn()).isTrue();
                assertThat(measure.archived()).isFalse();
                assertThat(measure.exposure()).isNull();
            });
            assertThat(measures).filteredOn(m -> !m.redFlag()).hasSize(41).contains(SchemaFixturesTest.CUSTOM);
            List<String> symptoms = measures.stream().filter(m -> m.group() == MeasureGroup.SYMPTOMS)
                    .map(Measure::key).toList();
            assertThat(symptoms.subList(symptoms.size() - 4, symptoms.size())).containsExactlyElementsOf(RED_FLAGS);
            assertThat(new DayRepository(database).findBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                    .containsExactlyElementsOf(SchemaFixturesTest.DAYS);
            assertThat(database.pragma("integrity_check")).isEqualTo("ok");
        }
        try (Stream<Path> backups = Files.list(temp.resolve("backups"))) {
            assertThat(backups.map(path -> path.getFileName().toString())).anyMatch(name -> name.contains("v2-"));
        }
    }

    @Test
    void aRedFlagCanBeLoggedAsYesAndNoOnceMigrated() throws IOException {
        Path journal = versionTwoJournal();
        try (Database database = Journals.open(journal)) {
            DayRepository days = new DayRepository(database);
            DayEntry day = new DayEntry(LocalDate.of(2026, 1, 2), Map.of("blood_in_stool", 1.0, "fever", 0.0), null);
            days.save(day);
            assertThat(days.find(day.date())).contains(day);
        }
    }

    @Test
    void aCustomMeasureThatAlreadyHadARedFlagsKeyIsLeftAsItWasAndIsNoRedFlag() {
        Path journal = temp.resolve("custom.db");
        Migrations builtIn = Migrations.builtIn();
        Migrations upToTwo = new Migrations(List.of(builtIn.script(1), builtIn.script(2)));
        Measure myFever = new Measure("fever", "My fever", MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.SEVERITY,
                null, null, "How feverish, 0 to 10.", false, false);
        try (Database database = Journals.open(journal, upToTwo)) {
            new MeasureRepository(database).add(myFever);
        }
        try (Database database = Journals.open(journal)) {
            List<Measure> measures = new MeasureRepository(database).findAll();
            assertThat(measures).filteredOn(m -> m.key().equals("fever")).containsExactly(myFever);
            assertThat(measures).filteredOn(Measure::redFlag).extracting(Measure::key)
                    .containsExactly("blood_in_stool", "weight_loss", "night_waking");
        }
    }
}
