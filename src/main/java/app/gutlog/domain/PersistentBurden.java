package app.gutlog.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Symptoms that carry on: a burden that has stayed high or kept rising for several weeks, or one symptom rated severe
 * every day for a week. "Leaky Gut Explained" ("When to Seek Professional Help") suggests professional advice when
 * symptoms persist despite changes. {@code weeklyMeans} are the weeks' average burdens, oldest first; for one severe
 * symptom, {@code symptom} names it and {@code weeklyMeans} holds its ratings of the week, oldest first.
 */
public record PersistentBurden(Pattern pattern, List<Double> weeklyMeans, String symptom) {

    public static final double HIGH_BURDEN = 6.0;
    public static final int HIGH_WEEKS = 3;
    public static final int RISING_WEEKS = 4;
    public static final double RISE = 2.0;
    public static final int MIN_RATED_DAYS = 4;
    /** A single symptom rated at least this on each of the last {@link #SEVERE_DAYS} days also calls for the notice. */
    public static final double SEVERE = 8.0;
    public static final int SEVERE_DAYS = 7;

    public enum Pattern {
        STAYS_HIGH,
        KEEPS_RISING,
        ONE_SYMPTOM_SEVERE
    }

    public PersistentBurden {
        weeklyMeans = List.copyOf(weeklyMeans);
    }

    public PersistentBurden(Pattern pattern, List<Double> weeklyMeans) {
        this(pattern, weeklyMeans, null);
    }

    public String explanation() {
        String weeks = weeklyMeans.stream().map(mean -> String.format(Locale.ROOT, "%.1f", mean))
                .collect(Collectors.joining(", "));
        return switch (pattern) {
            case STAYS_HIGH -> "Your average symptom burden has been " + Scale.format(HIGH_BURDEN)
                    + " or more (out of 10) in each of the last " + HIGH_WEEKS + " weeks: " + weeks + ".";
            case KEEPS_RISING -> "Your weekly symptom burden has gone up for " + RISING_WEEKS + " weeks in a row: "
                    + weeks + ".";
            case ONE_SYMPTOM_SEVERE -> "You have rated " + symptom.toLowerCase(Locale.ROOT) + " "
                    + Scale.format(SEVERE) + " or more (out of 10) on each of the last " + SEVERE_DAYS + " days: "
                    + weeks + ".";
        };
    }

    /** The rule in words, so that the person can see exactly when GutLog speaks up. */
    public static String thresholds() {
        return "GutLog mentions this when the weekly average burden is " + Scale.format(HIGH_BURDEN) + " or more for "
                + HIGH_WEEKS + " weeks running, or rises every week for " + RISING_WEEKS + " weeks by "
                + Scale.format(RISE) + " points or more in all, counting weeks with at least " + MIN_RATED_DAYS
                + " rated days, or when any one symptom is rated " + Scale.format(SEVERE) + " or more on each of the"
                + " last " + SEVERE_DAYS + " days.";
    }
}
