package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The adjusted differences, their intervals and p-values, against an independent implementation: statsmodels'
 * least squares refitted on every circular shift of the model without the habit (Freedman and Lane), written by
 * {@code adjusted_reference.py} beside the data it made up (statsmodels 0.13.5, SciPy, NumPy).
 */
class AdjustedReferenceTest {

    private static List<CSVRecord> read(String name) throws IOException {
        try (Reader in = new InputStreamReader(AdjustedReferenceTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void adjustedDifferencesIntervalsAndPValuesMatchStatsmodels() throws IOException {
        List<CSVRecord> days = read("adjusted-reference-days.csv");
        List<CSVRecord> expected = read("adjusted-reference.csv");
        double[] outcome = days.stream().mapToDouble(day -> Double.parseDouble(day.get("outcome"))).toArray();
        double[][] habits = expected.stream().map(habit -> days.stream()
                .mapToDouble(day -> Double.parseDouble(day.get(habit.get("habit")))).toArray()).toArray(double[][]::new);

        CircularShifts.Result[] results = AdjustedModel.fit(habits, outcome, CircularShifts.offsets(outcome.length));

        for (int j = 0; j < expected.size(); j++) {
            CSVRecord reference = expected.get(j);
            CircularShifts.Result result = results[j];
            assertThat(result.estimate()).as(reference.get("habit")).isCloseTo(value(reference, "difference"), within(1e-9));
            assertThat(result.ciLow()).as(reference.get("habit")).isCloseTo(value(reference, "ci_low"), within(1e-9));
            assertThat(result.ciHigh()).as(reference.get("habit")).isCloseTo(value(reference, "ci_high"), within(1e-9));
            assertThat(result.p()).as(reference.get("habit")).isCloseTo(value(reference, "p"), within(1e-9));
        }
    }

    private static double value(CSVRecord record, String column) {
        return Double.parseDouble(record.get(column));
    }
}
