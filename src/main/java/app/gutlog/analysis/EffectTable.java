package app.gutlog.analysis;

import app.gutlog.domain.Insights;
import app.gutlog.domain.Insights.Adjusted;
import app.gutlog.domain.Insights.CoOccurrence;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The effect table for one outcome: for every factor and lag, the raw difference between exposed and unexposed days,
 * the difference adjusted for all other factors and lags, both with intervals and p-values from
 * {@link CircularShifts}, Benjamini–Hochberg q-values across the table, the factors each one mostly comes with, and
 * the order of the strength of the deciding evidence.
 */
final class EffectTable {

    /** The adjusted model needs this many logged outcome days per exposure it estimates. */
    static final int DAYS_PER_COLUMN = 4;
    /** Two factors "mostly come together" from this correlation (phi) between their exposed days on. */
    static final double TOGETHER_PHI = 0.5;

    static final String DISTRIBUTED_LAG = "Adjusted: least squares on every factor at lags 0-2 together;"
            + " raw: difference of means; both with circular-shift intervals and p-values, Benjamini-Hochberg q";
    static final String SAME_LAG = "Adjusted: least squares on every factor at the same lag (too few days for all"
            + " lags together); raw: difference of means; both with circular-shift intervals and p-values,"
            + " Benjamini-Hochberg q";
    static final String RAW_ONLY = "Raw difference of means only (too few days to adjust for the other factors),"
            + " with circular-shift intervals and p-values, Benjamini-Hochberg q";

    private EffectTable() {}

    static Insights of(List<Factor> factors, double[] outcome,
            BiFunction<List<Factor>, double[], List<DoseResponse>> doses) {
        int lags = InsightsAnalysis.MAX_LAG + 1;
        int n = outcome.length;
        int[] offsets = CircularShifts.offsets(n);
        double[] centred = CircularShifts.centredTwice(outcome);
        double[][][] exposure = new double[factors.size()][lags][];
        for (int f = 0; f < factors.size(); f++) {
            double[] indicator = indicator(factors.get(f));
            for (int lag = 0; lag < lags; lag++) {
                exposure[f][lag] = lagged(indicator, lag);
            }
        }
        Effect[][] raw = new Effect[factors.size()][lags];
        IntStream.range(0, factors.size() * lags).parallel().forEach(i -> {
            int f = i / lags;
            int lag = i % lags;
            raw[f][lag] = rawEffect(factors.get(f).measure(), lag, exposure[f][lag], outcome, centred, offsets);
        });
        Adjusted[][] adjusted = new Adjusted[factors.size()][lags];
        String method = adjust(raw, exposure, outcome, offsets, adjusted);
        Map<String, List<CoOccurrence>> together = cooccurrences(factors, exposure);

        List<Effect> effects = new ArrayList<>();
        List<Adjusted> adjustedList = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            for (int lag = 0; lag < lags; lag++) {
                effects.add(raw[f][lag]);
                adjustedList.add(adjusted[f][lag]);
            }
        }
        double[] rawQ = Statistics.benjaminiHochberg(effects.stream().mapToDouble(Effect::p).toArray());
        double[] adjustedQ = Statistics.benjaminiHochberg(adjustedList.stream().mapToDouble(Adjusted::p).toArray());
        boolean modelFitted = !method.equals(RAW_ONLY);
        List<Effect> table = new ArrayList<>(effects.size());
        for (int i = 0; i < effects.size(); i++) {
            Effect e = effects.get(i);
            Adjusted a = adjustedList.get(i).withQ(adjustedQ[i]);
            // Once the model is fitted, the adjusted estimate decides; a factor it could not estimate (one that always
            // came with another) is not highlighted on its raw difference.
            double deciding = modelFitted ? adjustedQ[i] : rawQ[i];
            table.add(e.with(deciding, rawQ[i], a, together.getOrDefault(e.factorKey(), List.of())));
        }
        table.sort(STRENGTH_OF_EVIDENCE);
        return new Insights(table, doses.apply(factors, outcome), method);
    }

    /** Enough data first; then by the deciding q, ties to the smaller deciding p, then to the larger difference. */
    static final Comparator<Effect> STRENGTH_OF_EVIDENCE = Comparator.comparing((Effect e) -> !e.enoughData())
            .thenComparingDouble(e -> orOne(e.q()))
            .thenComparingDouble(e -> orOne(e.deciding().p()))
            .thenComparingDouble(e -> e.enoughData() ? -Math.abs(e.deciding().difference()) : 0);

    private static double orOne(double value) {
        return Double.isNaN(value) ? 1 : value;
    }

    /** 1 on exposed days, 0 on unexposed days, NaN where the factor was not logged. */
    private static double[] indicator(Factor factor) {
        double[] amounts = factor.amounts().toArray();
        double[] indicator = new double[amounts.length];
        for (int t = 0; t < amounts.length; t++) {
            indicator[t] = Double.isNaN(amounts[t]) ? Double.NaN
                    : factor.measure().exposure().isExposed(amounts[t]) ? 1 : 0;
        }
        return indicator;
    }

    /** The value of {@code lag} days before each day; NaN for the first days, whose day before lies outside. */
    private static double[] lagged(double[] indicator, int lag) {
        double[] shifted = new double[indicator.length];
        for (int t = 0; t < indicator.length; t++) {
            shifted[t] = t >= lag ? indicator[t - lag] : Double.NaN;
        }
        return shifted;
    }

    private static Effect rawEffect(Measure factor, int lag, double[] exposure, double[] outcome, double[] centred,
            int[] offsets) {
        int nExposed = 0;
        int nUnexposed = 0;
        double sumExposed = 0;
        double sumUnexposed = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < outcome.length; t++) {
            if (Double.isNaN(outcome[t]) || Double.isNaN(exposure[t])) {
                continue;
            }
            if (exposure[t] == 1) {
                nExposed++;
                sumExposed += outcome[t];
            } else {
                nUnexposed++;
                sumUnexposed += outcome[t];
            }
            lowest = Math.min(lowest, outcome[t]);
            highest = Math.max(highest, outcome[t]);
        }
        if (nExposed < Insights.MIN_GROUP_DAYS || nUnexposed < Insights.MIN_GROUP_DAYS) {
            return thin(factor, lag, nExposed, nUnexposed);
        }
        if (lowest == highest) {
            // Every compared day had the same value: no change seen, which is a finding, not a lack of data.
            return new Effect(factor.key(), lag, nExposed, nUnexposed, 0, 0, 0, 1, Double.NaN);
        }
        double difference = sumExposed / nExposed - sumUnexposed / nUnexposed;
        CircularShifts.Result shifted = CircularShifts.rawDifference(exposure, outcome, centred, offsets);
        if (Double.isNaN(shifted.p())) {
            return thin(factor, lag, nExposed, nUnexposed);
        }
        double halfWidth = (shifted.ciHigh() - shifted.ciLow()) / 2;
        return new Effect(factor.key(), lag, nExposed, nUnexposed, difference, difference - halfWidth,
                difference + halfWidth, shifted.p(), Double.NaN);
    }

    private static Effect thin(Measure factor, int lag, int nExposed, int nUnexposed) {
        return new Effect(factor.key(), lag, nExposed, nUnexposed, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /**
     * Fills {@code adjusted} from one model on every factor at every lag where the days allow it, else from one model
     * per lag, else leaves it empty; returns which it was.
     */
    private static String adjust(Effect[][] raw, double[][][] exposure, double[] outcome, int[] offsets,
            Adjusted[][] adjusted) {
        for (Adjusted[] row : adjusted) {
            java.util.Arrays.fill(row, Adjusted.NONE);
        }
        long observed = java.util.Arrays.stream(outcome).filter(v -> !Double.isNaN(v)).count();
        List<int[]> all = columns(raw, 0, raw.length == 0 ? 0 : raw[0].length - 1);
        if (offsets.length > 0 && !all.isEmpty() && observed >= (long) DAYS_PER_COLUMN * all.size()) {
            fitInto(all, exposure, outcome, offsets, adjusted);
            return DISTRIBUTED_LAG;
        }
        int lags = InsightsAnalysis.MAX_LAG + 1;
        int widest = IntStream.range(0, lags).map(lag -> columns(raw, lag, lag).size()).max().orElse(0);
        if (offsets.length > 0 && widest > 0 && observed >= (long) DAYS_PER_COLUMN * widest) {
            for (int lag = 0; lag < lags; lag++) {
                List<int[]> sameLag = columns(raw, lag, lag);
                if (!sameLag.isEmpty()) {
                    fitInto(sameLag, exposure, outcome, offsets, adjusted);
                }
            }
            return SAME_LAG;
        }
        return RAW_ONLY;
    }

    /** The (factor, lag) pairs from lag {@code fromLag} to {@code toLag} whose raw comparison had enough days. */
    private static List<int[]> columns(Effect[][] raw, int fromLag, int toLag) {
        List<int[]> columns = new ArrayList<>();
        for (int f = 0; f < raw.length; f++) {
            for (int lag = fromLag; lag <= toLag; lag++) {
                if (raw[f][lag].enoughData() && !raw[f][lag].noChangeSeen()) {
                    columns.add(new int[] {f, lag});
                }
            }
        }
        return columns;
    }

    private static void fitInto(List<int[]> columns, double[][][] exposure, double[] outcome, int[] offsets,
            Adjusted[][] adjusted) {
        double[][] design = columns.stream().map(c -> exposure[c[0]][c[1]]).toArray(double[][]::new);
        CircularShifts.Result[] results = AdjustedModel.fit(design, outcome, offsets);
        for (int i = 0; i < columns.size(); i++) {
            CircularShifts.Result r = results[i];
            adjusted[columns.get(i)[0]][columns.get(i)[1]] =
                    new Adjusted(r.estimate(), r.ciLow(), r.ciHigh(), r.p(), Double.NaN);
        }
    }

    /**
     * For each factor, the others whose exposed days go with its own (phi of at least {@value #TOGETHER_PHI} on the
     * days both were logged), with the share of its exposed days on which the other was exposed too.
     */
    private static Map<String, List<CoOccurrence>> cooccurrences(List<Factor> factors, double[][][] exposure) {
        Map<String, List<CoOccurrence>> together = new HashMap<>();
        for (int f = 0; f < factors.size(); f++) {
            for (int g = f + 1; g < factors.size(); g++) {
                int[] table = crossTable(exposure[f][0], exposure[g][0]);
                int both = table[0];
                int onlyF = table[1];
                int onlyG = table[2];
                int neither = table[3];
                double denominator = Math.sqrt((double) (both + onlyF) * (onlyG + neither) * (both + onlyG)
                        * (onlyF + neither));
                double phi = denominator == 0 ? 0 : ((double) both * neither - (double) onlyF * onlyG) / denominator;
                if (phi >= TOGETHER_PHI && both >= Insights.MIN_GROUP_DAYS) {
                    String keyF = factors.get(f).measure().key();
                    String keyG = factors.get(g).measure().key();
                    together.computeIfAbsent(keyF, key -> new ArrayList<>())
                            .add(new CoOccurrence(keyG, (double) both / (both + onlyF)));
                    together.computeIfAbsent(keyG, key -> new ArrayList<>())
                            .add(new CoOccurrence(keyF, (double) both / (both + onlyG)));
                }
            }
        }
        return together;
    }

    /** Days on which both were exposed, only the first, only the second, and neither, where both were logged. */
    private static int[] crossTable(double[] first, double[] second) {
        int[] counts = new int[4];
        for (int t = 0; t < first.length; t++) {
            if (!Double.isNaN(first[t]) && !Double.isNaN(second[t])) {
                counts[(first[t] == 1 ? 0 : 2) + (second[t] == 1 ? 0 : 1)]++;
            }
        }
        return counts;
    }
}
