package app.gutlog.analysis;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.SymptomSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The mean and trend of each symptom over a range: what a practitioner reads first. */
public final class SymptomTrends {

    private static final int MONTH = 30;

    private SymptomTrends() {}

    /** One summary per symptom rated at least once in {@code days}, in the measures' order. */
    public static List<SymptomSummary> of(List<DayEntry> days, List<Measure> measures) {
        List<SymptomSummary> summaries = new ArrayList<>();
        for (Measure measure : measures) {
            if (!measure.isRatedSymptom()) { // red flags are listed apart, day by day, never averaged
                continue;
            }
            List<double[]> points = new ArrayList<>();
            LocalDate origin = days.isEmpty() ? null : days.getFirst().date();
            for (DayEntry day : days) {
                Double rating = day.values().get(measure.key());
                if (rating != null) {
                    points.add(new double[] {ChronoUnit.DAYS.between(origin, day.date()), rating});
                }
            }
            if (!points.isEmpty()) {
                double[] x = points.stream().mapToDouble(point -> point[0]).toArray();
                double[] y = points.stream().mapToDouble(point -> point[1]).toArray();
                summaries.add(new SymptomSummary(measure, points.size(), Statistics.mean(y),
                        Statistics.leastSquaresSlope(x, y) * MONTH));
            }
        }
        return summaries;
    }
}
