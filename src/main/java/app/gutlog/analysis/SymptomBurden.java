package app.gutlog.analysis;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A day's symptom burden: the mean of the symptoms rated that day, on their 0–10 scale. Red-flag symptoms (blood in
 * the stool, say) never count: they are yes/no signs that call for a doctor, not ratings to average.
 */
public final class SymptomBurden {

    private SymptomBurden() {}

    /** Empty when no symptom was rated that day: an unrated day has no burden, which is not a burden of 0. */
    public static OptionalDouble of(DayEntry day, Collection<Measure> measures) {
        return measures.stream()
                .filter(measure -> measure.isRatedSymptom() && day.isLogged(measure.key()))
                .mapToDouble(measure -> day.values().get(measure.key()))
                .average();
    }
}
