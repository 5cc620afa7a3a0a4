package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values come from SciPy 1.17.1 (Debian's python3-scipy), run once on the data below:
 * {@code stats.mannwhitneyu(x, y, method="asymptotic").pvalue}, {@code stats.spearmanr(a, b)} and
 * {@code stats.false_discovery_control(p)}.
 */
class StatisticsTest {

    private static final double[] X = {3, 5, 2, 6, 7, 4, 4, 8, 5, 6, 9, 3};
    private static final double[] Y = {2, 1, 3, 2, 4, 1, 0, 2, 3, 5, 2};
    private static final double[] A = {6.5, 7, 5.5, 8, 6, 7.25, 4.5, 9, 6, 7, 5, 8.5, 6.5};
    private static final double[] B = {3, 2, 4, 1, 3, 2, 5, 0, 3, 2, 4, 1, 2};

    @Test
    void mannWhitneyMatchesScipysAsymptoticPValueWithTies() {
        assertThat(Statistics.mannWhitneyP(X, Y)).isCloseTo(0.0020904481445106677, within(1e-12));
    }

    @Test
    void spearmanMatchesScipy() {
        Statistics.Correlation correlation = Statistics.spearman(A, B);
        assertThat(correlation.rho()).isCloseTo(-0.9719546532937376, within(1e-12));
        assertThat(correlation.p()).isCloseTo(2.93069673697464e-08, within(1e-18));
        assertThat(correlation.n()).isEqualTo(13);
    }

    @Test
    void spearmanOfAConstantIsUndefined() {
        assertThat(Statistics.spearman(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}).rho()).isNaN();
    }

    @Test
    void benjaminiHochbergMatchesScipyAndSkipsTestsThatWereNotRun() {
        assertThat(Statistics.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.2, 0.005}))
                .containsExactly(new double[] {0.025, 0.05, 0.05, 0.2, 0.025}, within(1e-12));
        assertThat(Statistics.benjaminiHochberg(new double[] {0.01, Double.NaN, 0.04}))
                .containsExactly(new double[] {0.02, Double.NaN, 0.04}, within(1e-12));
    }

    @Test
    void theBootstrapIntervalIsReproducibleAndCoversTheDifference() {
        Statistics.Interval first = Statistics.bootstrapDifference(X, Y, 2000, 7);
        Statistics.Interval again = Statistics.bootstrapDifference(X, Y, 2000, 7);
        double difference = Statistics.mean(X) - Statistics.mean(Y);

        assertThat(again).isEqualTo(first);
        assertThat(first.low()).isLessThan(difference).isPositive();
        assertThat(first.high()).isGreaterThan(difference).isLessThan(6);
    }
}
