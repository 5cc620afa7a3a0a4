package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves and loads single days on a 10-year journal (3,650 days, every measure logged) and prints the median and
 * p95 times next to a baseline measured in the same run: one durable SQLite commit of a single-row update, the
 * least a save can cost on this disk. Run: ./mvnw test -Dgroups=benchmark -Dexcluded.groups=none
 */
@Tag("benchmark")
class DayStoreBenchmarkTest {

    private static final int YEARS_OF_DAYS = 3650;
    private static final int SAVES = 300;
    private static final int LOADS = 2000;

    @TempDir
    Path temp;

    @Test
    void savingAndLoadingADayOnATenYearJournal() {
        Random random = new Random(42);
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            DayRepository days = new DayRepository(database);
            List<Measure> numeric = new MeasureRepository(database).findAll().stream()
                    .filter(measure -> measure.scale().isNumeric()).toList();
            LocalDate first = LocalDate.of(2016, 1, 1);
            List<DayEntry> journal = new ArrayList<>();
            for (int i = 0; i < YEARS_OF_DAYS; i++) {
                journal.add(randomDay(first.plusDays(i), numeric, random));
            }
            days.saveAll(journal);

            long[] baseline = new long[SAVES];
            long[] saves = new long[SAVES];
            long[] loads = new long[LOADS];
            for (int i = 0; i < SAVES; i++) {
                LocalDate day = first.plusDays(random.nextInt(YEARS_OF_DAYS));
                DayEntry entry = randomDay(day, numeric, random);
                long start = System.nanoTime();
                database.write(c -> {
                    try (var update = c.prepareStatement("UPDATE day SET updated_at = ? WHERE day = ?")) {
                        update.setString(1, "x");
                        update.setString(2, day.toString());
                        return update.executeUpdate();
                    }
                });
                baseline[i] = System.nanoTime() - start;
                start = System.nanoTime();
                days.save(entry);
                saves[i] = System.nanoTime() - start;
            }
            for (int i = 0; i < LOADS; i++) {
                LocalDate day = first.plusDays(random.nextInt(YEARS_OF_DAYS));
                long start = System.nanoTime();
                assertThat(days.find(day)).isPresent();
                loads[i] = System.nanoTime() - start;
            }

            System.out.printf(Locale.ROOT, "%n10-year journal: %d days x %d measures%n", YEARS_OF_DAYS, numeric.size());
            report("save one day", saves, 20);
            report("baseline: durable single-row commit", baseline, Double.NaN);
            System.out.printf(Locale.ROOT, "  save / baseline (medians): %.2fx%n", median(saves) / median(baseline));
            report("load one day", loads, 5);
            assertThat(median(loads) / 1e6).as("median load in ms").isLessThan(5);
        }
    }

    private static DayEntry randomDay(LocalDate date, List<Measure> measures, Random random) {
        Map<String, Double> values = new HashMap<>();
        for (Measure measure : measures) {
            Scale scale = measure.scale();
            long steps = Math.round((scale.max() - scale.min()) / scale.step());
            values.put(measure.key(), scale.min() + scale.step() * random.nextLong(Math.min(steps, 20) + 1));
        }
        return new DayEntry(date, values, "Day " + date + ": felt " + (random.nextBoolean() ? "fine" : "bloated"));
    }

    private static void report(String what, long[] nanos, double targetMillis) {
        System.out.printf(Locale.ROOT, "  %-38s median %7.3f ms   p95 %7.3f ms%s%n", what, median(nanos) / 1e6,
                percentile(nanos, 95) / 1e6, Double.isNaN(targetMillis) ? "" : "   (target: median <= " + targetMillis + " ms)");
    }

    private static double median(long[] values) {
        return percentile(values, 50);
    }

    private static double percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
