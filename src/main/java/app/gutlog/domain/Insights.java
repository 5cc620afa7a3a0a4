package app.gutlog.domain;

import java.util.List;

/**
 * What the journal shows about each risk factor and support: an exposure effect per lag, and for graded factors a
 * dose–response correlation. Statistics are NaN where either group is too small to say anything.
 *
 * @param method how the effects were estimated and tested, in words, as {@code insights --json} reports it
 */
public record Insights(List<Effect> effects, List<DoseResponse> doseResponse, String method) {

    /** Fewer days than this in either group says "not enough data yet" instead of a number. */
    public static final int MIN_GROUP_DAYS = 5;
    /** Fewer days with both the factor and the outcome logged than this gives no correlation. */
    public static final int MIN_DOSE_PAIRS = 10;
    /** A range shorter than this gives no p-values: too few ways to shift its days against each other. */
    public static final int MIN_RANGE_DAYS = 28;
    /** A q-value under this highlights an effect. */
    public static final double FLAG_Q = 0.05;

    public Insights {
        effects = List.copyOf(effects);
        doseResponse = List.copyOf(doseResponse);
    }

    public Insights(List<Effect> effects, List<DoseResponse> doseResponse) {
        this(effects, doseResponse, "");
    }

    /**
     * The outcome on days {@code lag} days after an exposed day, minus the outcome on days after an unexposed day.
     * {@code difference}, {@code ciLow}, {@code ciHigh} and {@code p} are the raw comparison (the plain difference of
     * the two means, with an interval and p-value that hold when days are autocorrelated); {@code rawQ} is its
     * Benjamini–Hochberg q-value across the table. {@code adjusted} is the same difference adjusted for the other
     * factors and lags. {@code q} is the q-value that decides the highlight: the adjusted one where the adjusted
     * estimate could be made, the raw one otherwise. {@code cooccursWith} names the factors this one mostly comes with.
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
            double q,
            double rawQ,
            Adjusted adjusted,
            List<CoOccurrence> cooccursWith) {

        public Effect {
            cooccursWith = List.copyOf(cooccursWith);
        }

        /** A raw comparison alone, with no adjusted estimate and no co-occurring factors (yet). */
        public Effect(String factorKey, int lag, int nExposed, int nUnexposed, double difference, double ciLow,
                double ciHigh, double p, double q) {
            this(factorKey, lag, nExposed, nUnexposed, difference, ciLow, ciHigh, p, q, q, Adjusted.NONE, List.of());
        }

        public boolean enoughData() {
            return !Double.isNaN(p);
        }

        /** Highlighted: the deciding q-value is under {@link #FLAG_Q}. */
        public boolean flagged() {
            return enoughData() && q < FLAG_Q;
        }

        /** Whether the adjusted estimate decides (it could be made), or the raw one does. */
        public boolean decidedByAdjusted() {
            return adjusted.available();
        }

        /** The estimate that decides: the adjusted difference where there is one, else the raw difference. */
        public Estimate deciding() {
            return decidedByAdjusted()
                    ? new Estimate(adjusted.difference(), adjusted.ciLow(), adjusted.ciHigh(), adjusted.p(), q)
                    : new Estimate(difference, ciLow, ciHigh, p, q);
        }

        /** Every logged outcome in both groups was the same value, so there was no change to see. */
        public boolean noChangeSeen() {
            return enoughData() && difference == 0 && ciLow == 0 && ciHigh == 0;
        }

        public Effect with(double newQ, double newRawQ, Adjusted newAdjusted, List<CoOccurrence> together) {
            return new Effect(factorKey, lag, nExposed, nUnexposed, difference, ciLow, ciHigh, p, newQ, newRawQ,
                    newAdjusted, together);
        }
    }

    /** A difference with its 95% interval, p-value and q-value. */
    public record Estimate(double difference, double ciLow, double ciHigh, double p, double q) {}

    /**
     * The difference adjusted for the other factors and lags, with its 95% interval, p-value and q-value across the
     * table; all NaN where it could not be estimated (too few days, or the factor always came with another).
     */
    public record Adjusted(double difference, double ciLow, double ciHigh, double p, double q) {

        public static final Adjusted NONE = new Adjusted(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        public boolean available() {
            return !Double.isNaN(p);
        }

        public Adjusted withQ(double newQ) {
            return new Adjusted(difference, ciLow, ciHigh, p, newQ);
        }
    }

    /** Another factor was exposed on {@code share} (0–1) of the days on which this one was. */
    public record CoOccurrence(String factorKey, double share) {}

    /** Spearman's rho between a factor's amount and the outcome {@code lag} days later. */
    public record DoseResponse(String factorKey, int lag, double rho, double p, double q, int n) {

        public boolean enoughData() {
            return !Double.isNaN(p);
        }
    }
}
