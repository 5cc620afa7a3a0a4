package app.gutlog.domain;

import java.util.List;

/**
 * What the journal shows about each risk factor and support: an exposure effect per lag, and for graded factors a
 * dose–response correlation. Statistics are NaN where either group is too small to say anything.
 */
public record Insights(List<Effect> effects, List<DoseResponse> doseResponse) {

    /** Fewer days than this in either group says "not enough data yet" instead of a number. */
    public static final int MIN_GROUP_DAYS = 5;
    /** Fewer days with both the factor and the outcome logged than this gives no correlation. */
    public static final int MIN_DOSE_PAIRS = 10;

    public Insights {
        effects = List.copyOf(effects);
        doseResponse = List.copyOf(doseResponse);
    }

    /**
     * The outcome on days {@code lag} days after an exposed day, minus the outcome on days after an unexposed day,
     * with a 95% bootstrap interval, the Mann–Whitney p-value and its Benjamini–Hochberg q-value across the table.
     */
    public record Effect(
            String factorKey,
            int lag,
            int nExposed,
            int nUnexposed,
            double difference,
            double ciLow,
            double ciHigh,
            double p,
            double q) {

        public boolean enoughData() {
            return !Double.isNaN(p);
        }
    }

    /** Spearman's rho between a factor's amount and the outcome {@code lag} days later. */
    public record DoseResponse(String factorKey, int lag, double rho, double p, double q, int n) {

        public boolean enoughData() {
            return !Double.isNaN(p);
        }
    }
}
