package app.gutlog.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A symptom burden that has stayed high, or kept rising, for several weeks: the point at which both articles suggest
 * seeing a health professional. {@code weeklyMeans} are the weeks' average burdens, oldest first.
 */
public record PersistentBurden(Pattern pattern, List<Double> weeklyMeans) {

    public static final double HIGH_BURDEN = 6.0;
    public static final int HIGH_WEEKS = 3;
    public static final int RISING_WEEKS = 4;
    public static final double RISE = 2.0;
    public static final int MIN_RATED_DAYS = 4;

    public enum Pattern {
        STAYS_HIGH,
        KEEPS_RISING
    }

    public PersistentBurden {
        weeklyMeans = List.copyOf(weeklyMeans);
    }

    public String explanation() {
        String weeks = weeklyMeans.stream().map(mean -> String.format(Locale.ROOT, "%.1f", mean))
                .collect(Collectors.joining(", "));
        return pattern == Pattern.STAYS_HIGH
                ? "Your average symptom burden has been " + Scale.format(HIGH_BURDEN) + " or more (out of 10) in each of the last "
                        + HIGH_WEEKS + " weeks: " + weeks + "."
                : "Your weekly symptom burden has gone up for " + RISING_WEEKS + " weeks in a row: " + weeks + ".";
    }

    /** The rule in words, so that the person can see exactly when GutLog speaks up. */
    public static String thresholds() {
        return "GutLog mentions this when the weekly average burden is " + Scale.format(HIGH_BURDEN) + " or more for "
                + HIGH_WEEKS + " weeks running, or rises every week for " + RISING_WEEKS + " weeks by "
                + Scale.format(RISE) + " points or more in all, counting weeks with at least " + MIN_RATED_DAYS
                + " rated days.";
    }
}
