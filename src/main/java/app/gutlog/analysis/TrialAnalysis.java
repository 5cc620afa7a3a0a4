package app.gutlog.analysis;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Insights;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The result of a self-experiment: its phases compared on its outcome, and how well it was kept to. */
public final class TrialAnalysis {

    private TrialAnalysis() {}

    /** The result on {@code today}, from the days of the trial's whole span; later phases count only days so far. */
    public static TrialResult result(Trial trial, List<DayEntry> days, Map<String, Measure> catalogue, LocalDate today) {
        List<Measure> measures = List.copyOf(catalogue.values());
        double[] baseline = outcomes(days, measures, trial.outcome(), trial.baselineFrom(), trial.baselineTo(), today);
        double[] during = outcomes(days, measures, trial.outcome(), trial.start(), trial.end(), today);
        double[] after = trial.reintroduceUntil() == null ? new double[0]
                : outcomes(days, measures, trial.outcome(), trial.end().plusDays(1), trial.reintroduceUntil(), today);

        double difference = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        if (baseline.length >= Insights.MIN_GROUP_DAYS && during.length >= Insights.MIN_GROUP_DAYS) {
            difference = Statistics.mean(during) - Statistics.mean(baseline);
            Statistics.Interval interval = Statistics.bootstrapDifference(during, baseline,
                    InsightsAnalysis.BOOTSTRAP_RESAMPLES, trial.name().hashCode() * 31L + trial.start().toEpochDay());
            low = interval.low();
            high = interval.high();
            p = Statistics.mannWhitneyP(during, baseline);
        }
        double reintroductionDifference = after.length >= Insights.MIN_GROUP_DAYS && during.length >= Insights.MIN_GROUP_DAYS
                ? Statistics.mean(after) - Statistics.mean(during) : Double.NaN;

        int logged = 0;
        int kept = 0;
        int notLogged = 0;
        for (DayEntry day : days) {
            if (!day.date().isBefore(trial.start()) && !day.date().isAfter(trial.end()) && !day.date().isAfter(today)) {
                logged++;
                Adherence adherence = adherence(trial, day, catalogue);
                kept += adherence == Adherence.KEPT ? 1 : 0;
                notLogged += adherence == Adherence.NOT_LOGGED ? 1 : 0;
            }
        }
        return new TrialResult(trial, trial.dayOfTrial(today), baseline.length, during.length, meanOrNaN(baseline),
                meanOrNaN(during), difference, low, high, p, after.length, meanOrNaN(after), reintroductionDifference,
                logged, kept, notLogged);
    }

    /** How a logged day of the trial phase went: kept to it, broke it, or did not log the habits it is about. */
    enum Adherence { KEPT, BROKEN, NOT_LOGGED }

    /**
     * Whether a logged day of the trial phase kept to it: none of the avoided exposures logged as exposed, and every
     * added habit logged and done. A day that broke it in one habit broke it; otherwise a habit that was not logged
     * makes the day "not logged", which is not "kept": not logged is never read as none.
     */
    static Adherence adherence(Trial trial, DayEntry day, Map<String, Measure> catalogue) {
        boolean unlogged = false;
        for (String key : trial.avoid()) {
            Double value = day.values().get(key);
            Measure measure = catalogue.get(key);
            if (value == null || measure == null) {
                unlogged = true;
            } else if (exposed(measure, value)) {
                return Adherence.BROKEN;
            }
        }
        for (String key : trial.add()) {
            Double value = day.values().get(key);
            Measure measure = catalogue.get(key);
            if (value == null || measure == null) {
                unlogged = true;
            } else if (!reached(measure, value)) {
                return Adherence.BROKEN;
            }
        }
        return unlogged ? Adherence.NOT_LOGGED : Adherence.KEPT;
    }

    /**
     * Whether an added habit was done: a support is done when it is present (its exposure rule holds); for a risk
     * factor whose exposure is a shortfall, such as sleep under 7 hours, it is done when the shortfall is avoided.
     */
    private static boolean reached(Measure measure, double value) {
        return measure.kind() == MeasureKind.RISK_FACTOR && measure.exposure() != null
                ? !measure.exposure().isExposed(value)
                : exposed(measure, value);
    }

    private static boolean exposed(Measure measure, double value) {
        return measure.exposure() != null ? measure.exposure().isExposed(value) : value > 0;
    }

    private static double[] outcomes(List<DayEntry> days, List<Measure> measures, Outcome outcome, LocalDate from,
            LocalDate to, LocalDate today) {
        return days.stream()
                .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to) && !day.date().isAfter(today))
                .map(day -> outcomeOf(day, measures, outcome))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
    }

    private static OptionalDouble outcomeOf(DayEntry day, List<Measure> measures, Outcome outcome) {
        return switch (outcome) {
            case Outcome.Burden burden -> SymptomBurden.of(day, measures);
            case Outcome.Symptom symptom -> day.values().containsKey(symptom.measureKey())
                    ? OptionalDouble.of(day.values().get(symptom.measureKey())) : OptionalDouble.empty();
        };
    }

    private static double meanOrNaN(double[] values) {
        return values.length == 0 ? Double.NaN : Statistics.mean(values);
    }
}
