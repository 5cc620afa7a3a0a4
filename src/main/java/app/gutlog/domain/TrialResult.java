package app.gutlog.domain;

/**
 * What a trial shows so far: the outcome's mean in the baseline and the trial phase, their difference (trial minus
 * baseline) with a 95% bootstrap interval and the Mann–Whitney p-value, the reintroduction phase against the trial
 * phase, and adherence: how many logged days of the trial phase kept to it, and on how many of them a habit the
 * trial is about was not logged (those are not counted as kept). Statistics are NaN where a phase has
 * fewer than {@link Insights#MIN_GROUP_DAYS} days with the outcome.
 */
public record TrialResult(
        Trial trial,
        int dayOfTrial,
        int baselineDays,
        int trialDays,
        double baselineMean,
        double trialMean,
        double difference,
        double ciLow,
        double ciHigh,
        double p,
        int reintroductionDays,
        double reintroductionMean,
        double reintroductionDifference,
        int loggedTrialDays,
        int keptTrialDays,
        int notLoggedTrialDays) {

    /** Adherence below this share of logged trial days is said plainly. */
    public static final double GOOD_ADHERENCE = 0.8;

    public boolean enoughData() {
        return !Double.isNaN(p);
    }

    /** The share of logged trial days that kept to the protocol; NaN when none was logged. */
    public double adherence() {
        return loggedTrialDays == 0 ? Double.NaN : (double) keptTrialDays / loggedTrialDays;
    }

    public boolean poorAdherence() {
        return loggedTrialDays > 0 && adherence() < GOOD_ADHERENCE;
    }
}
