package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.ExportService.ExportRequest;
import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.Outcome;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times CSV export, CSV import into an empty journal and the practitioner report on a 10-year demo journal, with
 * their baselines from the same run: writing the same days in one transaction without any file (what any import
 * must do), and reading every day and computing the insights (what the report is drawn from).
 * Run: ./mvnw test -Dgroups=benchmark -Dexcluded.groups=none
 */
@Tag("benchmark")
class ExchangeBenchmarkTest {

    private static final int ROUNDS = 7;
    private static final int DAYS = 3650;

    @TempDir
    Path temp;

    @Test
    void exportImportAndReportOnTenYears() throws Exception {
        Path source = temp.resolve("ten-years.db");
        try (AppServices services = AppServices.open(source)) {
            services.insights().createDemo(DAYS, 1);
        }
        Path wide = temp.resolve("wide.csv");
        Path pdf = temp.resolve("report.pdf");
        double[] read = new double[ROUNDS];
        double[] export = new double[ROUNDS];
        double[] write = new double[ROUNDS];
        double[] importing = new double[ROUNDS];
        double[] report = new double[ROUNDS];
        try (AppServices services = AppServices.open(source)) {
            ExportRequest request = new ExportRequest(null, null, CsvOptions.DEFAULT, Set.of());
            for (int round = -2; round < ROUNDS; round++) {
                double readMs = time(() -> services.insights().report(null, null, Outcome.BURDEN));
                double exportMs = time(() -> services.exports().exportCsv(wide, ExistingFile.REPLACE, request, TaskRunner.Progress.NONE));
                int r = round;
                double writeMs;
                double importMs;
                try (AppServices baseline = AppServices.open(temp.resolve("baseline-" + r + ".db"));
                        AppServices empty = AppServices.open(temp.resolve("import-" + r + ".db"))) {
                    writeMs = time(() -> baseline.insights().createDemo(DAYS, 1));
                    importMs = time(() -> empty.imports().importCsv(wide, new ImportOptions(OnExisting.SKIP, false)));
                }
                double reportMs = time(() -> services.reports().writeReport(pdf, ExistingFile.REPLACE, new ReportRequest(null, null, "", true)));
                if (round >= 0) {
                    read[round] = readMs;
                    export[round] = exportMs;
                    write[round] = writeMs;
                    importing[round] = importMs;
                    report[round] = reportMs;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nexchange on a 10-year journal (%d days; medians of %d rounds)%n", DAYS, ROUNDS);
        System.out.printf(Locale.ROOT, "  export CSV (wide, with dictionary): %7.1f ms  (target <= 1000 ms)%n", median(export));
        System.out.printf(Locale.ROOT, "  import CSV into an empty journal:   %7.1f ms  (target <= 1000 ms)%n", median(importing));
        System.out.printf(Locale.ROOT, "  practitioner report (PDF, notes):   %7.1f ms  (target <= 3000 ms)%n", median(report));
        System.out.printf(Locale.ROOT, "  baseline: writing the same days in one transaction: %7.1f ms (import / baseline %.2f)%n",
                median(write), median(importing) / median(write));
        System.out.printf(Locale.ROOT, "  baseline: reading every day and computing insights: %7.1f ms (report / baseline %.2f)%n",
                median(read), median(report) / median(read));
        assertThat(median(export)).isPositive();
    }

    private static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
