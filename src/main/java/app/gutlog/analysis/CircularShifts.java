package app.gutlog.analysis;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Standard errors that hold when days are autocorrelated and exposures come in runs. The outcome series is shifted
 * circularly against the exposures by many offsets; each shift keeps both series' own runs, flares and seasons but
 * breaks any link between them, so the spread of an estimate over the shifts is its spread under "no effect" for data
 * with exactly this structure. The p-value and the 95% interval both come from that one standard error, so an
 * interval that excludes 0 always goes with p < 0.05. See docs/statistics.md.
 */
final class CircularShifts {

    /** Fewer days than this in the range give no p-value: there are too few shifts far enough from the data's own. */
    static final int MIN_DAYS = app.gutlog.domain.Insights.MIN_RANGE_DAYS;
    /** At most this many shifts, spread evenly: enough for a stable spread, few enough to stay fast. */
    static final int MAX_SHIFTS = 99;
    private static final int MIN_OFFSET = 7;
    /**
     * Shifts closer than this many days share most of their days' structure (a flare, a run of habits), so the spread
     * over the shifts rests on about one independent value per this many days of offsets: its degrees of freedom.
     */
    static final int DAYS_PER_DEGREE_OF_FREEDOM = 21;
    /** A floor, so that a range of a few months can still show a strong effect; see docs/statistics.md. */
    private static final int MIN_DEGREES_OF_FREEDOM = 10;

    /** An estimate with its 95% interval and two-sided p-value. */
    record Result(double estimate, double ciLow, double ciHigh, double p) {}

    private CircularShifts() {}

    /**
     * The offsets to shift a series of {@code days} days by: evenly spread, and at least a week (or a twentieth of the
     * range) away from 0 in both directions, so that a flare or a run is never compared with itself. Empty for a
     * range shorter than {@value #MIN_DAYS} days.
     */
    static int[] offsets(int days) {
        if (days < MIN_DAYS) {
            return new int[0];
        }
        int margin = Math.max(MIN_OFFSET, days / 20);
        int available = days - 2 * margin + 1;
        int count = Math.min(MAX_SHIFTS, available);
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = margin + (int) ((long) i * available / count);
        }
        return offsets;
    }

    /**
     * The estimate with its interval and two-sided p-value from the estimates on the shifted series: their standard
     * deviation is the standard error, referred to Student's t with one degree of freedom per
     * {@value #DAYS_PER_DEGREE_OF_FREEDOM} days of offsets, since the standard error is itself only estimated.
     */
    static Result result(double estimate, double[] shifted, int[] offsets) {
        int count = offsets.length;
        if (count == 0) {
            return new Result(estimate, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += shifted[i];
        }
        mean /= count;
        double sumOfSquares = 0;
        for (int i = 0; i < count; i++) {
            sumOfSquares += (shifted[i] - mean) * (shifted[i] - mean);
        }
        double se = count < 2 ? 0 : Math.sqrt(sumOfSquares / (count - 1));
        if (se == 0) {
            // Nothing varies under any shift: the outcome was constant where it could be compared.
            return new Result(estimate, estimate, estimate, estimate == 0 ? 1 : 0);
        }
        int span = offsets[count - 1] - offsets[0] + 1;
        TDistribution t = TDistribution.of(Math.max(MIN_DEGREES_OF_FREEDOM, span / DAYS_PER_DEGREE_OF_FREEDOM));
        double p = 2 * t.survivalProbability(Math.abs(estimate) / se);
        double halfWidth = t.inverseSurvivalProbability(0.025) * se;
        return new Result(estimate, estimate - halfWidth, estimate + halfWidth, p);
    }

    /**
     * The outcome twice over with "not logged" as 0 after centring on the logged mean, so that a shift by {@code s}
     * reads day {@code t + s} at index {@code t + s} without wrapping.
     */
    static double[] centredTwice(double[] outcome) {
        int n = outcome.length;
        double sum = 0;
        int logged = 0;
        for (double value : outcome) {
            if (!Double.isNaN(value)) {
                sum += value;
                logged++;
            }
        }
        double mean = logged == 0 ? 0 : sum / logged;
        double[] twice = new double[2 * n];
        for (int t = 0; t < n; t++) {
            double centred = Double.isNaN(outcome[t]) ? 0 : outcome[t] - mean;
            twice[t] = centred;
            twice[t + n] = centred;
        }
        return twice;
    }

    /**
     * The raw difference in the outcome between exposed and unexposed days ({@code exposure} holds 1, 0 or NaN for
     * each day, already lagged), with its interval and p-value. What is shifted is the outcome itself (the model
     * without the exposure is its mean alone); on a shifted series the two groups keep the sizes they have on the days
     * both were logged, which makes each shifted difference one weighted sum.
     */
    static Result rawDifference(double[] exposure, double[] outcome, double[] centred, int[] offsets) {
        int n = exposure.length;
        int nExposed = 0;
        int nUnexposed = 0;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(outcome[t])) {
                nExposed += exposure[t] == 1 ? 1 : 0;
                nUnexposed += exposure[t] == 0 ? 1 : 0;
            }
        }
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            if (exposure[t] == 1) {
                weights[t] = 1.0 / nExposed;
            } else if (exposure[t] == 0) {
                weights[t] = -1.0 / nUnexposed;
            }
        }
        return shifted(weights, centred, centred, offsets);
    }

    /**
     * The outcome less what the model fitted, on the days the outcome was logged (0 elsewhere), twice over like
     * {@link #centredTwice}.
     */
    static double[] residualsTwice(double[] outcome, double[] centred, double[] fitted) {
        int n = outcome.length;
        double[] twice = new double[2 * n];
        for (int t = 0; t < n; t++) {
            double residual = Double.isNaN(outcome[t]) ? 0 : centred[t] - fitted[t];
            twice[t] = residual;
            twice[t + n] = residual;
        }
        return twice;
    }

    /**
     * The weighted sum of the outcome as the estimate, and the spread of the weighted sums of the shifted residuals as
     * its standard error; {@code residuals} is what "no effect" leaves of the outcome (the outcome itself for a raw
     * difference, the residuals of the model without the exposure for an adjusted one).
     */
    static Result shifted(double[] weights, double[] centred, double[] residuals, int[] offsets) {
        double estimate = dot(weights, centred, 0);
        double[] shifted = new double[offsets.length];
        for (int s = 0; s < offsets.length; s++) {
            shifted[s] = dot(weights, residuals, offsets[s]);
        }
        return result(estimate, shifted, offsets);
    }

    /** Four running sums, so that the additions do not wait on each other. */
    private static double dot(double[] weights, double[] twice, int offset) {
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        int n = weights.length;
        int t = 0;
        for (; t + 3 < n; t += 4) {
            a += weights[t] * twice[t + offset];
            b += weights[t + 1] * twice[t + 1 + offset];
            c += weights[t + 2] * twice[t + 2 + offset];
            d += weights[t + 3] * twice[t + 3 + offset];
        }
        for (; t < n; t++) {
            a += weights[t] * twice[t + offset];
        }
        return (a + b) + (c + d);
    }
}
