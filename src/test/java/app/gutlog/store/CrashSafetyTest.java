package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExistingFile;
import app.gutlog.app.ExportService.ExportRequest;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real GutLog process with SIGKILL at a random moment while it saves days, or while it imports a file, then
 * reopens the journal: it must pass SQLite's integrity check, hold every day the process had acknowledged, hold no
 * half-saved day, and hold either all of an import or none of it.
 */
@Tag("child-jvm")
class CrashSafetyTest {

    private static final int SAVE_ROUNDS = 50;
    private static final int IMPORT_ROUNDS = 10;
    private static final int IMPORT_DAYS = 2000;

    @TempDir
    Path temp;

    private final SplittableRandom random = new SplittableRandom(20261123);

    @Test
    void killingTheProcessWhileItSavesLosesNoAcknowledgedDayAndLeavesNoHalfDay() throws Exception {
        Path journal = temp.resolve("journal.db");
        List<LocalDate> acknowledged = new CopyOnWriteArrayList<>();
        for (int round = 0; round < SAVE_ROUNDS; round++) {
            Process saver = ChildJournal.start("save", journal.toString());
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> readLines(saver, line -> {
                acknowledged.add(LocalDate.parse(line));
                firstSave.countDown();
            }));
            assertThat(firstSave.await(60, TimeUnit.SECONDS)).as("round %d saved a day", round).isTrue();
            killAfter(saver, random.nextInt(1, 200));
            reader.join();

            try (Database database = Journals.open(journal)) {
                assertThat(database.pragma("integrity_check")).as("round %d", round).isEqualTo("ok");
                DayRepository days = new DayRepository(database);
                for (LocalDate date : acknowledged) {
                    assertThat(days.find(date)).as("acknowledged %s, round %d", date, round).isPresent();
                }
                for (DayEntry day : days.findBetween(ChildJournal.FIRST, ChildJournal.FIRST.plusYears(30))) {
                    int index = (int) java.time.temporal.ChronoUnit.DAYS.between(ChildJournal.FIRST, day.date());
                    assertThat(day).as("round %d", round).isEqualTo(ChildJournal.day(index));
                }
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(SAVE_ROUNDS);
    }

    @Test
    void killingTheProcessDuringAnImportLeavesAllOfItOrNone() throws Exception {
        Path csv = temp.resolve("import.csv");
        try (AppServices source = AppServices.open(temp.resolve("source.db"))) {
            source.insights().createDemo(IMPORT_DAYS, 9);
            source.exports().exportCsv(csv, ExistingFile.REPLACE, new ExportRequest(null, null, CsvOptions.DEFAULT, Set.of()),
                    TaskRunner.Progress.NONE);
        }
        int whole;
        try (AppServices source = AppServices.open(temp.resolve("source.db"))) {
            whole = source.days().summary().daysLogged();
        }
        int none = 0;
        int all = 0;
        for (int round = 0; round < IMPORT_ROUNDS; round++) {
            Path journal = temp.resolve("import-" + round + ".db");
            Process importer = ChildJournal.start("import", journal.toString(), csv.toString());
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> readLines(importer, line -> started.countDown()));
            assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
            // the first kill comes as soon as the import has begun, long before it can commit; the others at random
            killAfter(importer, round == 0 ? 0 : random.nextInt(1, 2500));
            reader.join();

            int count = StoredDays.count(journal);
            assertThat(count).as("round %d", round).isIn(0, whole);
            if (count == 0) {
                none++;
            } else {
                all++;
            }
            try (Database database = Journals.open(journal)) {
                assertThat(database.pragma("integrity_check")).isEqualTo("ok");
            }
        }
        System.out.printf("import killed %d times: %d left nothing, %d had finished%n", IMPORT_ROUNDS, none, all);
        assertThat(none).as("at least one kill landed before the import committed").isPositive();
    }

    private static void killAfter(Process process, int millis) throws InterruptedException {
        process.waitFor(millis, TimeUnit.MILLISECONDS);
        process.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no closing of the journal
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void readLines(Process process, java.util.function.Consumer<String> onLine) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                onLine.accept(line);
            }
        } catch (IOException killed) {
            // the process died mid-line; what was read before stands
        }
    }
}
