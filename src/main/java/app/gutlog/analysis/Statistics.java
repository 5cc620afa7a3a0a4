package app.gutlog.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/**
 * The statistics behind the insights. Distributions, ranks and the Mann–Whitney test come from Apache Commons
 * Statistics; what is computed here is only arithmetic on their results.
 */
public final class Statistics {

    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED)
            .with(PValueMethod.ASYMPTOTIC)
            .with(ContinuityCorrection.ENABLED);
    /** Linear interpolation between the closest ranks (the usual "type 7" quantile, as NumPy's default). */
    private static final Quantile PERCENTILES = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7)
            .withCopy(false);
    private static final NaturalRanking RANKS = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    /** A 95% interval. */
    public record Interval(double low, double high) {}

    /** Spearman's rank correlation, its two-sided p-value and the number of pairs. */
    public record Correlation(double rho, double p, int n) {}

    private Statistics() {}

    public static double mean(double[] values) {
        return Mean.of(values).getAsDouble();
    }

    /** The slope of the least-squares line through the points (x, y); NaN when x does not vary. */
    public static double leastSquaresSlope(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double varianceX = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
        }
        return varianceX == 0 ? Double.NaN : covariance / varianceX;
    }

    /**
     * The two-sided Mann–Whitney U p-value by the normal approximation with tie and continuity correction, as
     * SciPy's {@code mannwhitneyu(x, y, method="asymptotic")} computes it.
     */
    public static double mannWhitneyP(double[] x, double[] y) {
        return MANN_WHITNEY.test(x, y).getPValue();
    }

    /** Spearman's rho with the t-distribution p-value that SciPy's {@code spearmanr} reports. */
    public static Correlation spearman(double[] x, double[] y) {
        int n = x.length;
        double rho = pearson(RANKS.apply(x), RANKS.apply(y));
        if (Double.isNaN(rho)) {
            return new Correlation(Double.NaN, Double.NaN, n);
        }
        double p;
        if (Math.abs(rho) >= 1) {
            p = 0;
        } else {
            double t = rho * Math.sqrt((n - 2) / ((1 - rho) * (1 + rho)));
            p = 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t));
        }
        return new Correlation(rho, p, n);
    }

    private static double pearson(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double covariance = 0;
        double varianceA = 0;
        double varianceB = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            covariance += da * db;
            varianceA += da * da;
            varianceB += db * db;
        }
        return varianceA == 0 || varianceB == 0 ? Double.NaN : covariance / Math.sqrt(varianceA * varianceB);
    }

    /**
     * Benjamini–Hochberg q-values for a whole table of p-values; a NaN (a test that was not run) stays NaN and does
     * not count towards the number of tests.
     */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = new Integer[p.length];
        int tested = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[tested++] = i;
            }
        }
        Integer[] ranked = Arrays.copyOf(order, tested);
        Arrays.sort(ranked, (i, j) -> Double.compare(p[i], p[j]));
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        double running = 1;
        for (int rank = tested; rank >= 1; rank--) {
            int index = ranked[rank - 1];
            running = Math.min(running, p[index] * tested / rank);
            q[index] = running;
        }
        return q;
    }

    /**
     * A 95% percentile-bootstrap interval for mean(x) − mean(y): both groups are resampled with replacement
     * {@code resamples} times from a generator seeded with {@code seed}, so the same data always gives the same interval.
     */
    public static Interval bootstrapDifference(double[] x, double[] y, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            differences[r] = resampledMean(x, random) - resampledMean(y, random);
        }
        double[] bounds = PERCENTILES.evaluate(differences, 0.025, 0.975);
        return new Interval(bounds[0], bounds[1]);
    }

    /**
     * The mean of {@code values.length} draws with replacement. Each 64-bit random number gives two indexes by
     * multiply-shift (Lemire's method without the rejection step; its bias, under n / 2^32, is far below what a
     * bootstrap can see), which avoids a division per draw.
     */
    private static double resampledMean(double[] values, SplittableRandom random) {
        long n = values.length;
        double sum = 0;
        int drawn = 0;
        for (; drawn + 1 < n; drawn += 2) {
            long bits = random.nextLong();
            sum += values[(int) (((bits >>> 32) * n) >>> 32)] + values[(int) (((bits & 0xFFFF_FFFFL) * n) >>> 32)];
        }
        if (drawn < n) {
            sum += values[(int) (((random.nextLong() >>> 32) * n) >>> 32)];
        }
        return sum / n;
    }

}
