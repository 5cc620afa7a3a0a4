package app.gutlog.analysis;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport.Completeness;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Scale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Compares the outcome on days after exposure with days after no exposure, for every risk factor and support and
 * lags of 0, 1 and 2 days. A day on which the factor or the outcome was not logged takes no part: "not logged" is
 * never read as "none".
 */
public final class InsightsAnalysis {

    public static final int MAX_LAG = 2;
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    private static final int WEEK = 7;
    private static final int MIN_WEEK_DAYS = 4;

    private InsightsAnalysis() {}

    /**
     * Everything the insights show for the days from {@code first} to {@code last}, both included: the effect table,
     * each factor's days, the outcome's daily series and its 7-day mean, and how often each measure was logged.
     */
    public static InsightsReport report(List<DayEntry> days, List<Measure> measures, Outcome outcome, LocalDate first,
            LocalDate last) {
        int length = Math.max((int) ChronoUnit.DAYS.between(first, last) + 1, 0);
        double[][] columns = columns(days, measures, first, length);
        double[] outcomeByDay = switch (outcome) {
            case Outcome.Burden burden -> burdenByDay(columns, measures, length);
            case Outcome.Symptom symptom -> columns[ratedSymptom(measures, symptom.measureKey())];
        };
        List<Factor> factors = new ArrayList<>();
        List<Completeness> completeness = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            Measure measure = measures.get(m);
            if (measure.exposure() != null) {
                factors.add(factor(measure, columns[m], first));
            }
            int logged = loggedDays(columns[m]);
            if (!measure.archived() || logged > 0) {
                completeness.add(new Completeness(measure, logged));
            }
        }
        return new InsightsReport(outcome, first, last, insights(factors, outcomeByDay), factors,
                new DailySeries(first, outcomeByDay), new DailySeries(first, trailingMean(outcomeByDay)), completeness);
    }

    /** The index of the rated symptom an outcome names; a red flag is never an outcome. */
    private static int ratedSymptom(List<Measure> measures, String key) {
        int index = indexOf(measures, key);
        if (measures.get(index).redFlag()) {
            throw new IllegalArgumentException("'" + key + "' is a red flag, which is never an outcome");
        }
        return index;
    }

    /**
     * Each measure's value on each day of the range, NaN where it was not logged; a text measure (the notes) holds 1 on
     * the days that have notes. One pass over the days, so that each is read once however many measures there are.
     */
    private static double[][] columns(List<DayEntry> days, List<Measure> measures, LocalDate first, int length) {
        Map<String, Integer> indexByKey = new HashMap<>();
        double[][] columns = new double[measures.size()][length];
        for (int m = 0; m < measures.size(); m++) {
            indexByKey.put(measures.get(m).key(), m);
            Arrays.fill(columns[m], Double.NaN);
        }
        for (DayEntry day : days) {
            long offset = ChronoUnit.DAYS.between(first, day.date());
            if (offset < 0 || offset >= length) {
                continue;
            }
            for (Map.Entry<String, Double> value : day.values().entrySet()) {
                Integer m = indexByKey.get(value.getKey());
                if (m != null) {
                    columns[m][(int) offset] = value.getValue();
                }
            }
            if (day.notes() != null) {
                for (int m = 0; m < measures.size(); m++) {
                    if (measures.get(m).scale() == Scale.TEXT) {
                        columns[m][(int) offset] = 1;
                    }
                }
            }
        }
        return columns;
    }

    /** The symptom burden of each day, as {@link SymptomBurden} defines it: NaN where no symptom was rated. */
    private static double[] burdenByDay(double[][] columns, List<Measure> measures, int length) {
        int[] symptoms = IntStream.range(0, measures.size())
                .filter(m -> measures.get(m).isRatedSymptom())
                .toArray();
        double[] burden = new double[length];
        for (int day = 0; day < length; day++) {
            double sum = 0;
            int rated = 0;
            for (int m : symptoms) {
                if (!Double.isNaN(columns[m][day])) {
                    sum += columns[m][day];
                    rated++;
                }
            }
            burden[day] = rated == 0 ? Double.NaN : sum / rated;
        }
        return burden;
    }

    private static int indexOf(List<Measure> measures, String key) {
        for (int m = 0; m < measures.size(); m++) {
            if (measures.get(m).key().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no measure " + key);
    }

    private static int loggedDays(double[] column) {
        int logged = 0;
        for (double value : column) {
            logged += Double.isNaN(value) ? 0 : 1;
        }
        return logged;
    }

    /** The effect and dose–response table alone, as {@link #report} computes it. */
    public static Insights compute(List<DayEntry> days, List<Measure> measures, Outcome outcome, LocalDate first,
            LocalDate last) {
        return report(days, measures, outcome, first, last).insights();
    }

    private static Insights insights(List<Factor> factors, double[] outcomeByDay) {
        return EffectTable.of(factors, outcomeByDay, InsightsAnalysis::doseResponses);
    }

    private static Factor factor(Measure measure, double[] amounts, LocalDate first) {
        int logged = 0;
        int exposed = 0;
        for (double amount : amounts) {
            if (!Double.isNaN(amount)) {
                logged++;
                exposed += measure.exposure().isExposed(amount) ? 1 : 0;
            }
        }
        return new Factor(measure, logged, exposed, new DailySeries(first, amounts), null);
    }

    /**
     * For each day, the mean of the outcome over that day and the six before it, counting only the days on which it
     * was logged; NaN where fewer than {@value #MIN_WEEK_DAYS} of those seven days were.
     */
    static double[] trailingMean(double[] values) {
        double[] means = new double[values.length];
        double sum = 0;
        int logged = 0;
        for (int day = 0; day < values.length; day++) {
            if (!Double.isNaN(values[day])) {
                sum += values[day];
                logged++;
            }
            int leaving = day - WEEK;
            if (leaving >= 0 && !Double.isNaN(values[leaving])) {
                sum -= values[leaving];
                logged--;
            }
            means[day] = logged >= MIN_WEEK_DAYS ? sum / logged : Double.NaN;
        }
        return means;
    }

    private static List<DoseResponse> doseResponses(List<Factor> factors, double[] outcomeByDay) {
        List<DoseResponse> doses = factors.parallelStream()
                .filter(factor -> isGraded(factor.measure()))
                .flatMap(factor -> IntStream.rangeClosed(0, MAX_LAG)
                        .mapToObj(lag -> doseResponse(factor.measure(), lag, factor.amounts().toArray(), outcomeByDay)))
                .toList();
        return withDoseQValues(doses);
    }

    /** Graded factors have an amount worth correlating: counts, hours, minutes and scales, not yes/no. */
    public static boolean isGraded(Measure factor) {
        return factor.exposure() != null && factor.scale() != Scale.YES_NO;
    }

    private static DoseResponse doseResponse(Measure factor, int lag, double[] amounts, double[] outcome) {
        double[] x = new double[outcome.length];
        double[] y = new double[outcome.length];
        int n = 0;
        for (int day = lag; day < outcome.length; day++) {
            if (!Double.isNaN(outcome[day]) && !Double.isNaN(amounts[day - lag])) {
                x[n] = amounts[day - lag];
                y[n] = outcome[day];
                n++;
            }
        }
        if (n < Insights.MIN_DOSE_PAIRS) {
            return new DoseResponse(factor.key(), lag, Double.NaN, Double.NaN, Double.NaN, n);
        }
        Statistics.Correlation correlation = Statistics.spearman(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
        return new DoseResponse(factor.key(), lag, correlation.rho(), correlation.p(), Double.NaN, n);
    }

    private static List<DoseResponse> withDoseQValues(List<DoseResponse> doses) {
        double[] q = Statistics.benjaminiHochberg(doses.stream().mapToDouble(DoseResponse::p).toArray());
        List<DoseResponse> adjusted = new ArrayList<>(doses.size());
        for (int i = 0; i < doses.size(); i++) {
            DoseResponse d = doses.get(i);
            adjusted.add(new DoseResponse(d.factorKey(), d.lag(), d.rho(), d.p(), q[i], d.n()));
        }
        return adjusted;
    }
}
