package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times the whole insights computation (every factor, lags 0–2, bootstrap intervals, tests, q-values and
 * dose–response) on 10-year and 40-year demo journals, alternating the two, and prints the medians and their ratio.
 * Run: ./mvnw test -Dgroups=benchmark -Dexcluded.groups=none
 */
@Tag("benchmark")
class InsightsBenchmarkTest {

    private static final int ROUNDS = 9;

    @Test
    void insightsOnTenAndFortyYears(@TempDir Path temp) {
        List<Measure> measures;
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            measures = services.catalog().allMeasures();
        }
        LocalDate last = LocalDate.of(2026, 1, 1);
        List<DayEntry> tenYears = DemoJournal.generate(last, 3650, 1);
        List<DayEntry> fortyYears = DemoJournal.generate(last, 14600, 1);
        long[] ten = new long[ROUNDS];
        long[] forty = new long[ROUNDS];
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            InsightsAnalysis.compute(tenYears, measures, Outcome.BURDEN, last.minusDays(3649), last);
        }
        for (int round = 0; round < ROUNDS; round++) {
            ten[round] = time(tenYears, measures, last, 3650);
            forty[round] = time(fortyYears, measures, last, 14600);
        }
        double tenMedian = median(ten) / 1e6;
        double fortyMedian = median(forty) / 1e6;
        System.out.printf(Locale.ROOT, "%ninsights, burden outcome, all factors, lags 0-2 (%d rounds, alternating)%n", ROUNDS);
        System.out.printf(Locale.ROOT, "  10 years (3,650 days):  median %8.1f ms   (target <= 300 ms)%n", tenMedian);
        System.out.printf(Locale.ROOT, "  40 years (14,600 days): median %8.1f ms%n", fortyMedian);
        System.out.printf(Locale.ROOT, "  ratio 40y / 10y: %.2f   (target <= 4.5)%n", fortyMedian / tenMedian);
        assertThat(fortyMedian / tenMedian).isLessThan(6);
    }

    private static long time(List<DayEntry> journal, List<Measure> measures, LocalDate last, int days) {
        long start = System.nanoTime();
        InsightsAnalysis.compute(journal, measures, Outcome.BURDEN, last.minusDays(days - 1L), last);
        return System.nanoTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
