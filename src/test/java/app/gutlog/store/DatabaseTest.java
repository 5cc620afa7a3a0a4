package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void setsTheDurabilityPragmas() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            assertThat(database.pragma("journal_mode")).isEqualTo("wal");
            assertThat(database.pragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(database.pragma("foreign_keys")).isEqualTo("1");
            assertThat(database.pragma("busy_timeout")).isEqualTo(Integer.toString(Database.BUSY_TIMEOUT_MILLIS));
        }
    }

    @Test
    void makesMissingFoldersAndTheFilePrivate() throws IOException {
        Path file = temp.resolve("a/b/journal.db");
        try (Database database = Journals.open(file)) {
            assertThat(permissions(temp.resolve("a"))).isEqualTo("rwx------");
            assertThat(permissions(temp.resolve("a/b"))).isEqualTo("rwx------");
            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(temp.resolve("a/b/journal.db-wal"))).isEqualTo("rw-------");
            assertThat(permissions(temp.resolve("a/b/journal.db-shm"))).isEqualTo("rw-------");
            assertThat(permissions(temp.resolve("a/b/journal.db.lock"))).isEqualTo("rw-------");
        }
    }

    @Test
    void tightensAnExistingJournalFileButLeavesItsFolderAlone() throws IOException {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = temp.resolve("journal.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try (Database database = Journals.open(file)) {
            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(temp)).isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void seedsTheBuiltInCatalogue() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            List<Measure> measures = new MeasureRepository(database).findAll();
            Map<MeasureKind, List<String>> keysByKind = measures.stream().collect(Collectors.groupingBy(
                    Measure::kind, Collectors.mapping(Measure::key, Collectors.toList())));

            assertThat(keysByKind.get(MeasureKind.SYMPTOM)).containsExactly("bloating", "gas", "abdominal_pain",
                    "diarrhea", "constipation", "heartburn", "food_reaction", "brain_fog", "fatigue", "joint_pain",
                    "skin", "anxiety", "low_mood", "irritability", "cravings",
                    "blood_in_stool", "weight_loss", "fever", "night_waking");
            assertThat(measures).filteredOn(Measure::redFlag).extracting(Measure::key)
                    .containsExactly("blood_in_stool", "weight_loss", "fever", "night_waking");
            assertThat(measures).filteredOn(Measure::redFlag)
                    .allMatch(m -> m.scale() == app.gutlog.domain.Scale.YES_NO && m.group() == app.gutlog.domain.MeasureGroup.SYMPTOMS);
            assertThat(keysByKind.get(MeasureKind.RISK_FACTOR)).containsExactlyInAnyOrder("sugar", "processed_food",
                    "sweeteners", "gluten", "alcohol", "nsaid", "antibiotic", "steroid", "stress",
                    "sleep_hours", "sleep_quality", "hard_training", "gut_infection");
            assertThat(keysByKind.get(MeasureKind.SUPPORT)).containsExactlyInAnyOrder("fermented_food", "bone_broth",
                    "vegetables", "probiotic", "glutamine", "vitamin_d", "moderate_exercise", "relaxation");
            assertThat(keysByKind.get(MeasureKind.OTHER)).containsExactlyInAnyOrder("stool_form", "notes", "dairy", "zinc");
            assertThat(measures).allMatch(Measure::builtIn).noneMatch(Measure::archived);
        }
    }

    @Test
    void seedsTheDocumentedExposureThresholds() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            Map<String, Measure> byKey = new MeasureRepository(database).findAll().stream()
                    .collect(Collectors.toMap(Measure::key, measure -> measure));

            assertThat(byKey.get("sleep_hours").exposure()).isEqualTo(new ExposureRule(ExposureRule.Comparison.BELOW, 7));
            assertThat(byKey.get("sleep_quality").exposure()).isEqualTo(new ExposureRule(ExposureRule.Comparison.AT_MOST, 2));
            assertThat(byKey.get("stress").exposure()).isEqualTo(new ExposureRule(ExposureRule.Comparison.AT_LEAST, 6));
            assertThat(byKey.get("alcohol").exposure()).isEqualTo(ExposureRule.ANY_AMOUNT);
            assertThat(byKey.get("gut_infection").scale()).isEqualTo(Scale.YES_NO);
            assertThat(byKey.get("stool_form").scale()).isEqualTo(Scale.BRISTOL);
            assertThat(byKey.values())
                    .filteredOn(m -> m.kind() == MeasureKind.RISK_FACTOR || m.kind() == MeasureKind.SUPPORT)
                    .allMatch(m -> m.exposure() != null);
            assertThat(byKey.values())
                    .filteredOn(m -> m.kind() == MeasureKind.SYMPTOM || m.kind() == MeasureKind.OTHER)
                    .filteredOn(m -> !List.of("dairy", "zinc").contains(m.key()))
                    .allMatch(m -> m.exposure() == null);
            assertThat(byKey.get("dairy").exposure()).as("a neutral measure that is still compared")
                    .isEqualTo(ExposureRule.ANY_AMOUNT);
        }
    }

    @Test
    void recordsTheSchemaVersionAndReopensWithoutMigratingAgain() {
        Path file = temp.resolve("journal.db");
        try (Database database = Journals.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.builtIn().latestVersion()).isPositive();
        }
        try (Database database = Journals.open(file)) {
            assertThat(new MeasureRepository(database).findAll()).hasSize(44);
        }
        assertThat(temp.resolve("backups")).doesNotExist();
    }

    @Test
    void refusesAJournalFromANewerGutLogAndLeavesItAlone() throws IOException {
        Path file = temp.resolve("journal.db");
        try (Database database = Journals.open(file)) {
            database.write(c -> {
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("PRAGMA user_version = 99");
                }
            });
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Journals.open(file))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("newer GutLog")
                .hasMessageContaining("nothing was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotADatabaseWithoutTouchingIt() throws IOException {
        Path file = temp.resolve("journal.db");
        byte[] notes = "these are my notes, not a database\n".repeat(200).getBytes();
        Files.write(file, notes);

        assertThatThrownBy(() -> Journals.open(file))
                .isInstanceOf(app.gutlog.domain.DamagedJournalException.class)
                .hasMessageContaining("is not a GutLog journal that SQLite can read")
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(notes);
    }

    @Test
    void backsUpAnExistingJournalBeforeMigratingIt() throws IOException {
        Path file = temp.resolve("journal.db");
        try (Database database = Journals.open(file, Migrations.fromResources("/app/gutlog/store/test-migrations/v1/"))) {
            assertThat(database.schemaVersion()).isEqualTo(1);
        }
        try (Database database = Journals.open(file, Migrations.fromResources("/app/gutlog/store/test-migrations/v2/"))) {
            assertThat(database.schemaVersion()).isEqualTo(2);
        }

        List<Path> backups;
        try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
            backups = files.toList();
        }
        assertThat(backups).singleElement().satisfies(backup -> {
            assertThat(backup.getFileName().toString()).startsWith("journal.before-migration-v1-").endsWith(".db");
            assertThat(permissions(backup)).isEqualTo("rw-------");
            try (Database old = Journals.open(backup, Migrations.fromResources("/app/gutlog/store/test-migrations/v1/"))) {
                assertThat(old.schemaVersion()).isEqualTo(1);
                assertThat(firstValue(old, "SELECT note FROM thing")).isEqualTo("kept");
            }
        });
    }

    @Test
    void aFailingMigrationChangesNothing() {
        Path file = temp.resolve("journal.db");
        try (Database database = Journals.open(file, Migrations.fromResources("/app/gutlog/store/test-migrations/v1/"))) {
            assertThat(database.schemaVersion()).isEqualTo(1);
        }

        assertThatThrownBy(() -> Journals.open(file, Migrations.fromResources("/app/gutlog/store/test-migrations/broken/")))
                .isInstanceOf(JournalException.class);

        try (Database database = Journals.open(file, Migrations.fromResources("/app/gutlog/store/test-migrations/v1/"))) {
            assertThat(database.schemaVersion()).isEqualTo(1);
            assertThat(firstValue(database, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                    .isEqualTo(0);
        }
    }

    @Test
    void theJournalIsEmptyWhenNew() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            assertThat(new DayRepository(database).summary().isEmpty()).isTrue();
        }
    }

    private static Object firstValue(Database database, String sql) {
        return database.read(c -> {
            try (Statement statement = c.createStatement();
                    java.sql.ResultSet rows = statement.executeQuery(sql)) {
                return rows.getObject(1);
            }
        });
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
