package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;
import java.util.Locale;

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
        Texts texts = Texts.of(PersistentBurden.class);
        String weeks = texts.list(weeklyMeans.stream().map(mean -> String.format(Locale.ROOT, "%.1f", mean)).toList());
        return switch (pattern) {
            case STAYS_HIGH -> texts.format("domain.burden.staysHigh", Scale.format(HIGH_BURDEN),
                    Integer.toString(HIGH_WEEKS), weeks);
            case KEEPS_RISING -> texts.format("domain.burden.keepsRising", Integer.toString(RISING_WEEKS), weeks);
            case ONE_SYMPTOM_SEVERE -> texts.format("domain.burden.oneSymptomSevere", symptom.toLowerCase(Locale.ROOT),
                    Scale.format(SEVERE), Integer.toString(SEVERE_DAYS), weeks);
        };
    }

    /** The rule in words, so that the person can see exactly when GutLog speaks up. */
    public static String thresholds() {
        return Texts.of(PersistentBurden.class).format("domain.burden.thresholds", Scale.format(HIGH_BURDEN),
                Integer.toString(HIGH_WEEKS), Integer.toString(RISING_WEEKS), Scale.format(RISE),
                Integer.toString(MIN_RATED_DAYS), Scale.format(SEVERE), Integer.toString(SEVERE_DAYS));
    }
}
