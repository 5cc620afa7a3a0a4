package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.gutlog.app.ExportService.ExportRequest;
import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.ImportPlan;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Trial;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final ImportOptions SKIP = new ImportOptions(OnExisting.SKIP, false);
    private static final String TRICKY_NOTES = "=SUM(A1), \"quoted\"\nsecond line 🙂\r\n@end";

    @TempDir
    Path temp;

    private AppServices open(String name) {
        return AppServices.open(temp.resolve(name), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<DayEntry> servicesDays(AppServices services) {
        var summary = services.days().summary();
        return summary.isEmpty() ? List.of() : summary.firstDay().datesUntil(summary.lastDay().plusDays(1))
                .flatMap(date -> services.days().load(date).stream()).toList();
    }

    @Test
    void exportingThenImportingIntoAnEmptyJournalGivesTheSameJournal() {
        Measure custom = new Measure("cold_showers", "Cold showers", MeasureKind.SUPPORT, MeasureGroup.STRESS,
                Scale.MINUTES, "minutes", ExposureRule.ANY_AMOUNT, "Minutes under cold water.", false, false);
        for (CsvOptions.Layout layout : CsvOptions.Layout.values()) {
            Path csv = temp.resolve(layout.code() + ".csv");
            List<DayEntry> original;
            try (AppServices services = open(layout.code() + "-original.db")) {
                services.catalog().add(custom);
                services.trials().add(new Trial(0, "No alcohol", Trial.Protocol.ALCOHOL_FREE,
                        TODAY.minusDays(20), TODAY.minusDays(10), TODAY, null, Outcome.BURDEN,
                        List.of("alcohol"), List.of()));
                services.days().save(new DayEntry(TODAY.minusDays(3), Map.of("bloating", 4.0, "cold_showers", 5.0),
                        TRICKY_NOTES));
                services.days().save(new DayEntry(TODAY.minusDays(2), Map.of(), null));
                services.days().save(new DayEntry(TODAY, Map.of("sleep_hours", 6.75), "'quoted"));
                services.exports().exportCsv(csv, ExistingFile.REPLACE, new ExportRequest(null, null, new CsvOptions(layout, ';', true),
                        Set.of()), TaskRunner.Progress.NONE);
                original = servicesDays(services);
            }
            try (AppServices fresh = open(layout.code() + "-fresh.db")) {
                ImportPlan plan = fresh.imports().importCsv(csv, new ImportOptions(OnExisting.SKIP, true));

                assertThat(plan.added()).isEqualTo(3);
                assertThat(servicesDays(fresh)).isEqualTo(original);
                assertThat(fresh.catalog().allMeasures()).filteredOn(m -> !m.builtIn()).containsExactly(custom);
                assertThat(temp.resolve(layout.code() + ".dictionary.csv")).content()
                        .contains("trial_1;No alcohol;trial;", "Alcohol-free: avoids alcohol", "section");
            }
        }
    }

    @Test
    void theExportAndItsDictionaryArePrivateAndExplainEveryColumn() throws IOException {
        Path csv = temp.resolve("out.csv");
        try (AppServices services = open("journal.db")) {
            services.days().save(new DayEntry(TODAY, Map.of("alcohol", 2.0), null));
            var result = services.exports().exportCsv(csv, ExistingFile.REPLACE, new ExportRequest(null, null, CsvOptions.DEFAULT,
                    Set.of("alcohol", "bloating")), TaskRunner.Progress.NONE);
            assertThat(result.days()).isEqualTo(1);
        }
        assertThat(Files.readString(csv)).isEqualTo("date,bloating,alcohol\r\n2026-06-30,,2\r\n");
        String dictionary = Files.readString(temp.resolve("out.dictionary.csv"));
        assertThat(dictionary).startsWith("column,name,kind,group,scale,unit,allowed,exposure,exposure_rule,"
                + "description,article_section,archived\r\n");
        assertThat(dictionary).contains("alcohol,Alcohol,risk_factor,alcohol_medications,count,standard drinks,"
                + "standard drinks,> 0,Alcohol: any amount,");
        assertThat(dictionary).contains("NSAIDs or Alcohol");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        try (var leftovers = Files.list(temp)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void existingDaysAreSkippedOverwrittenOrMergedAsChosen() throws IOException {
        Path csv = file("in.csv", "date,bloating,gas,notes\n2026-06-01,5,,from file\n2026-06-02,1,2,\n");
        for (OnExisting policy : OnExisting.values()) {
            try (AppServices services = open(policy.code() + ".db")) {
                services.days().save(new DayEntry(LocalDate.of(2026, 6, 1), Map.of("gas", 3.0, "bloating", 1.0), "mine"));
                ImportPlan plan = services.imports().importCsv(csv, new ImportOptions(policy, false));
                DayEntry first = services.days().load(LocalDate.of(2026, 6, 1)).orElseThrow();

                assertThat(plan.added()).isEqualTo(1);
                switch (policy) {
                    case SKIP -> {
                        assertThat(plan.skipped()).isEqualTo(1);
                        assertThat(first).isEqualTo(new DayEntry(first.date(), Map.of("gas", 3.0, "bloating", 1.0), "mine"));
                    }
                    case OVERWRITE -> {
                        assertThat(plan.changed()).isEqualTo(1);
                        assertThat(first).isEqualTo(new DayEntry(first.date(), Map.of("bloating", 5.0), "from file"));
                    }
                    case MERGE -> {
                        assertThat(plan.changed()).isEqualTo(1);
                        assertThat(first).isEqualTo(new DayEntry(first.date(), Map.of("gas", 3.0, "bloating", 5.0),
                                "from file"));
                    }
                }
            }
        }
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndWritesNothing() throws IOException {
        Path csv = file("in.csv", "date,bloating\n2026-06-01,5\n2026-06-02,1\n");
        try (AppServices services = open("journal.db")) {
            services.days().save(new DayEntry(LocalDate.of(2026, 6, 1), Map.of("bloating", 5.0), null));

            ImportPlan plan = services.imports().planImport(csv, new ImportOptions(OnExisting.OVERWRITE, false));

            assertThat(plan.summary()).isEqualTo("1 new day, 0 changed, 1 unchanged, 0 skipped");
            assertThat(services.days().summary().daysLogged()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            value above the scale      | date,sleep_hours\\n2026-06-01,31\\n                  | line 2, column sleep_hours: 31 is above 24
            not a step of the scale    | date,bloating\\n2026-06-01,2.5\\n                    | line 2, column bloating: 2.5 must be a whole number
            a decimal comma            | date;sleep_hours\\n2026-06-01;7,5\\n                 | line 2, column sleep_hours: '7,5' is not a number; use . as the decimal point
            not a number               | date,bloating\\n2026-06-01,lots\\n                   | line 2, column bloating: 'lots' is not a number
            not a date                 | date,bloating\\n01/06/2026,1\\n                      | line 2, column date: '01/06/2026' is not a date like 2026-01-31
            a day in the future        | date,bloating\\n2026-07-05,1\\n                      | line 2, column date: 2026-07-05 is more than a day in the future
            the same day twice         | date,bloating\\n2026-06-01,1\\n2026-06-01,2\\n       | line 3, column date: 2026-06-01 appears on an earlier line too
            a row too short            | date,bloating,gas\\n2026-06-01,1\\n                  | line 2: 2 cells, but the header has 3
            an unknown column          | date,bloating,mood_swings\\n2026-06-01,1,2\\n        | column mood_swings: 'mood_swings' is not a measure in this journal
            a column twice             | date,bloating,bloating\\n2026-06-01,1,2\\n           | line 1, column bloating: the column appears twice
            a unit that does not match | date,measure,value,unit\\n2026-06-01,alcohol,2,pints\\n | line 2, column unit: 'pints' is not Alcohol's unit, standard drinks
            a measure twice in a day   | date,measure,value\\n2026-06-01,gas,1\\n2026-06-01,gas,2\\n | line 3, column measure: gas on 2026-06-01 appears on an earlier line too
            no date column             | when,bloating\\n2026-06-01,1\\n                      | line 1: the first column must be 'date'
            an empty file              | ''                                                   | the file is empty
            a day before 1900          | date,bloating\\n1899-12-31,1\\n                      | line 2, column date: 1899-12-31 is before 1900-01-01
            the year 0                 | date,bloating\\n0000-01-01,1\\n                      | line 2, column date: 0000-01-01 is before 1900-01-01
            a year before the year 0   | date,bloating\\n-0001-01-01,1\\n                     | line 2, column date: -0001-01-01 is before 1900-01-01
            a quote that never closes  | date,notes\\n2026-06-01,ok\\n2026-06-02,"open\\n2026-06-03,x\\n | line 3: a quoted cell is not closed
            text after a closing quote | date,notes\\n2026-06-01,"a"b\\n                      | line 2: a quoted cell has text after its closing quote
            """)
    void badInputIsRefusedWithWhereAndWhyAndChangesNothing(String kind, String content, String message)
            throws IOException {
        Path csv = file("bad.csv", content.replace("\\n", "\n").replace("''", ""));
        assertRefusedAndUnchanged(csv, message);
    }

    @Test
    void aCellLongerThanAnyNotesAndANonUtf8FileAreRefused() throws IOException {
        assertRefusedAndUnchanged(file("long.csv", "date,notes\n2026-06-01," + "x".repeat(10_002) + "\n"),
                "line 2, column notes: the cell holds 10,002 characters; at most 10,000 are allowed");
        Path latin1 = Files.write(temp.resolve("latin1.csv"), "date,notes\n2026-06-01,caf\u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertRefusedAndUnchanged(latin1, "is not UTF-8 text");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeItIsRead() throws IOException {
        Path huge = temp.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(65L * 1024 * 1024);
        }
        assertRefusedAndUnchanged(huge, "huge.csv is 65 MB; GutLog imports files of at most 64 MB");
    }

    @Test
    void unknownColumnsBecomeCustomMeasuresOnlyWhenAsked() throws IOException {
        Path csv = file("in.csv", "date,cold_showers\n2026-06-01,3\n");
        try (AppServices services = open("journal.db")) {
            assertThatThrownBy(() -> services.imports().importCsv(csv, SKIP)).hasMessageContaining("cold_showers");

            services.imports().importCsv(csv, new ImportOptions(OnExisting.SKIP, true));

            Measure created = services.catalog().allMeasures().stream().filter(m -> m.key().equals("cold_showers"))
                    .findFirst().orElseThrow();
            assertThat(created.name()).isEqualTo("Cold showers");
            assertThat(created.scale()).isEqualTo(Scale.COUNT);
            assertThat(services.days().load(LocalDate.of(2026, 6, 1)).orElseThrow().values())
                    .isEqualTo(Map.of("cold_showers", 3.0));
        }
    }

    @Test
    void notesLongerThanTheLimitAreRefusedButAGuardedCellOfTheLimitIsNot() throws IOException {
        assertRefusedAndUnchanged(file("notes.csv", "date,notes\n2026-06-01," + "x".repeat(10_001) + "\n"),
                "line 2, column notes: Notes are 10,001 characters long; at most 10,000 are allowed");
        Path guarded = file("guarded.csv", "date,notes\n2026-06-01,'" + "=".repeat(10_000) + "\n");
        try (AppServices services = open("guarded.db")) {
            services.imports().importCsv(guarded, SKIP);

            assertThat(services.days().load(LocalDate.of(2026, 6, 1)).orElseThrow().notes()).isEqualTo("=".repeat(10_000));
        }
    }

    @Test
    void theFirstAndLastDaysThatCanBeLoggedAreImported() throws IOException {
        Path csv = file("edges.csv", "date,bloating\n1900-01-01,1\n" + TODAY.plusDays(1) + ",2\n");
        try (AppServices services = open("journal.db")) {
            assertThat(services.imports().importCsv(csv, SKIP).added()).isEqualTo(2);
        }
    }

    @Test
    void devicesPipesAndFoldersAreRefusedWithoutBeingRead() throws Exception {
        Path pipe = temp.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path linkToDevice = Files.createSymbolicLink(temp.resolve("zero.csv"), Path.of("/dev/zero"));
        Path folder = Files.createDirectory(temp.resolve("folder.csv"));
        for (Path path : List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"), pipe, linkToDevice, folder)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertRefusedAndUnchanged(path, path + " is not a regular file"));
        }
        Files.delete(linkToDevice);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a quote that never closes | column,name\\ncold_showers,"Cold showers\\n | custom.dictionary.csv, line 2: a quoted cell is not closed
            a row too short           | column,name\\ncold_showers,Cold showers\\n | custom.dictionary.csv, line 2: 2 cells, but a dictionary row has 12
            not UTF-8                 | column,name\\ncold_showers,caf\u00e9\\n      | custom.dictionary.csv is not UTF-8 text
            """)
    void aBrokenDataDictionaryIsRefusedWithWhereAndWhy(String kind, String dictionary, String message)
            throws IOException {
        Path csv = file("custom.csv", "date,cold_showers\n2026-06-01,3\n");
        Files.write(temp.resolve("custom.dictionary.csv"), dictionary.replace("\\n", "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (AppServices services = open("journal.db")) {
            assertThatThrownBy(() -> services.imports().importCsv(csv, new ImportOptions(OnExisting.SKIP, true)))
                    .isInstanceOf(JournalException.class)
                    .hasMessageStartingWith(message);
            assertThat(services.days().summary().daysLogged()).isZero();
        }
    }

    private void assertRefusedAndUnchanged(Path csv, String message) {
        try (AppServices services = open("journal-" + csv.getFileName() + ".db")) {
            services.days().save(new DayEntry(LocalDate.of(2026, 6, 1), Map.of("gas", 1.0), "kept"));
            List<Measure> measuresBefore = services.catalog().allMeasures();

            assertThatThrownBy(() -> services.imports().importCsv(csv, new ImportOptions(OnExisting.OVERWRITE, false)))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining(message)
                    .message().doesNotContain("Exception", "org.apache");

            assertThat(servicesDays(services)).containsExactly(
                    new DayEntry(LocalDate.of(2026, 6, 1), Map.of("gas", 1.0), "kept"));
            assertThat(services.catalog().allMeasures()).isEqualTo(measuresBefore);
        }
    }
}
