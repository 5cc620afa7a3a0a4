package app.gutlog.analysis;

import java.util.stream.IntStream;

/**
 * The outcome regressed by least squares on several exposures at once (each 1 on exposed days, 0 on unexposed days,
 * NaN where not logged), so that each coefficient is the difference in the outcome on exposed days with the other
 * exposures held fixed. A day enters when the outcome was logged; an exposure not logged that day is filled in (see
 * {@link #centredColumn}). An exposure that never varies, or that the others explain almost entirely (it always comes
 * with another), gets no coefficient. Each coefficient's interval and p-value come from {@link CircularShifts}.
 */
final class AdjustedModel {

    /**
     * An exposure whose own spread, once the exposures before it are accounted for, is less than this share of its
     * spread (a variance inflation factor over 10, the usual rule of thumb) gets no coefficient: the data cannot tell it
     * apart from the others, typically its own neighbouring lags when it is taken in phases of weeks.
     */
    static final double ALIASED = 0.1;

    /** A gap in an exposure of up to this many days is filled with its last logged value. */
    static final int CARRIED_DAYS = 3;

    private AdjustedModel() {}

    /** One result per exposure, in their order; a result with NaN p where no coefficient could be estimated. */
    static CircularShifts.Result[] fit(double[][] exposures, double[] outcome, int[] offsets) {
        int k = exposures.length;
        int n = outcome.length;
        boolean[] observed = new boolean[n];
        for (int t = 0; t < n; t++) {
            observed[t] = !Double.isNaN(outcome[t]);
        }
        double[][] centred = new double[k][];
        for (int j = 0; j < k; j++) {
            centred[j] = centredColumn(exposures[j], observed);
        }
        double[][] cross = crossProducts(centred, observed);
        boolean[] active = new boolean[k];
        double[][] inverse = invertSkippingAliased(cross, active);
        double[] y = CircularShifts.centredTwice(outcome);
        double[][] weights = new double[k][];
        double[] estimates = new double[k];
        IntStream.range(0, k).parallel().filter(j -> active[j]).forEach(j -> {
            weights[j] = weights(inverse[j], centred, n);
            double sum = 0;
            for (int t = 0; t < n; t++) {
                sum += weights[j][t] * y[t];
            }
            estimates[j] = sum;
        });
        double[] fitted = new double[n];
        for (int j = 0; j < k; j++) {
            if (active[j]) {
                for (int t = 0; t < n; t++) {
                    fitted[t] += estimates[j] * centred[j][t];
                }
            }
        }
        double[] residuals = CircularShifts.residualsTwice(outcome, y, fitted);
        CircularShifts.Result[] results = new CircularShifts.Result[k];
        IntStream.range(0, k).parallel().forEach(j -> results[j] = active[j]
                ? CircularShifts.shifted(weights[j], y, withoutOthers(residuals, weights[j], estimates[j] / inverse[j][j], observed), offsets)
                : new CircularShifts.Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        return results;
    }

    /** Row {@code j} of (X'X)^-1 X': the weights that turn the outcome into coefficient {@code j}. */
    private static double[] weights(double[] inverseRow, double[][] centred, int n) {
        double[] weights = new double[n];
        for (int i = 0; i < inverseRow.length; i++) {
            double m = inverseRow[i];
            if (m != 0) {
                double[] column = centred[i];
                for (int t = 0; t < n; t++) {
                    weights[t] += m * column[t];
                }
            }
        }
        return weights;
    }

    /**
     * The residuals of the model without exposure {@code j} (Freedman and Lane): the full model's residuals plus
     * exposure {@code j}'s own part, its coefficient times its column made orthogonal to the others, which is
     * {@code coefficient / inverse[j][j]} times its weights. Shifting these leaves out what the other exposures
     * explain, and keeps what exposure {@code j} shares with the outcome, such as a season.
     */
    private static double[] withoutOthers(double[] residuals, double[] weights, double scale, boolean[] observed) {
        int n = weights.length;
        double[] reduced = residuals.clone();
        for (int t = 0; t < n; t++) {
            if (observed[t]) {
                reduced[t] += scale * weights[t];
                reduced[t + n] += scale * weights[t];
            }
        }
        return reduced;
    }

    /**
     * The exposure with a day that was not logged filled in, centred on its mean over the days the outcome was
     * logged. A gap of up to {@value #CARRIED_DAYS} days takes the last logged value (habits come in runs, so a
     * forgotten day is most likely like the day before); a longer gap takes the logged mean.
     */
    private static double[] centredColumn(double[] exposure, boolean[] observed) {
        int n = exposure.length;
        double sum = 0;
        int logged = 0;
        for (double value : exposure) {
            if (!Double.isNaN(value)) {
                sum += value;
                logged++;
            }
        }
        double mean = logged == 0 ? 0 : sum / logged;
        double[] column = new double[n];
        double last = Double.NaN;
        int sinceLogged = Integer.MAX_VALUE;
        double observedSum = 0;
        int observedDays = 0;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(exposure[t])) {
                last = exposure[t];
                sinceLogged = 0;
            } else if (sinceLogged != Integer.MAX_VALUE) {
                sinceLogged++;
            }
            column[t] = sinceLogged == 0 ? exposure[t] : sinceLogged <= CARRIED_DAYS ? last : mean;
            if (observed[t]) {
                observedSum += column[t];
                observedDays++;
            }
        }
        double centre = observedDays == 0 ? 0 : observedSum / observedDays;
        for (int t = 0; t < n; t++) {
            column[t] -= centre;
        }
        return column;
    }

    private static double[][] crossProducts(double[][] columns, boolean[] observed) {
        int k = columns.length;
        double[][] cross = new double[k][k];
        IntStream.range(0, k).parallel().forEach(i -> {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                double[] a = columns[i];
                double[] b = columns[j];
                for (int t = 0; t < a.length; t++) {
                    if (observed[t]) {
                        sum += a[t] * b[t];
                    }
                }
                cross[i][j] = sum;
            }
        });
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                cross[i][j] = cross[j][i];
            }
        }
        return cross;
    }

    /**
     * The inverse of the cross-product matrix over the exposures that are neither constant nor explained by those
     * before them, by a Cholesky factorisation that skips the others (marked inactive, with rows and columns of 0).
     */
    static double[][] invertSkippingAliased(double[][] cross, boolean[] active) {
        int k = cross.length;
        double[][] lower = new double[k][k];
        for (int j = 0; j < k; j++) {
            double pivot = cross[j][j];
            for (int m = 0; m < j; m++) {
                pivot -= lower[j][m] * lower[j][m];
            }
            active[j] = cross[j][j] > 0 && pivot > ALIASED * cross[j][j];
            if (!active[j]) {
                continue;
            }
            lower[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < k; i++) {
                double sum = cross[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= lower[i][m] * lower[j][m];
                }
                lower[i][j] = sum / lower[j][j];
            }
        }
        // Inverse of L, column by column, over the active indexes only; then inverse = L^-T L^-1.
        double[][] lowerInverse = new double[k][k];
        for (int c = 0; c < k; c++) {
            if (!active[c]) {
                continue;
            }
            lowerInverse[c][c] = 1 / lower[c][c];
            for (int i = c + 1; i < k; i++) {
                if (!active[i]) {
                    continue;
                }
                double sum = 0;
                for (int m = c; m < i; m++) {
                    sum -= lower[i][m] * lowerInverse[m][c];
                }
                lowerInverse[i][c] = sum / lower[i][i];
            }
        }
        double[][] inverse = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int m = i; m < k; m++) {
                    sum += lowerInverse[m][i] * lowerInverse[m][j];
                }
                inverse[i][j] = sum;
                inverse[j][i] = sum;
            }
        }
        return inverse;
    }
}
