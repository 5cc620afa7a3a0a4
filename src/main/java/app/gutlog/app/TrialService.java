package app.gutlog.app;

import app.gutlog.analysis.TrialAnalysis;
import app.gutlog.domain.DailySeries;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.store.TrialRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Self-experiments: defining trials and reading their results. */
public final class TrialService {

    private final TrialRepository trials;
    private final DayRepository days;
    private final MeasureRepository measures;
    private final InsightsService insights;
    private final Clock clock;

    public TrialService(TrialRepository trials, DayRepository days, MeasureRepository measures, InsightsService insights,
            Clock clock) {
        this.trials = trials;
        this.days = days;
        this.measures = measures;
        this.insights = insights;
        this.clock = clock;
    }

    /** Checks and saves a new trial; every problem is named, and nothing is saved unless there is none. */
    public Trial add(Trial trial) {
        Map<String, Measure> catalogue = catalogue();
        List<String> problems = new ArrayList<>();
        if (trial.name().isEmpty() || trial.name().length() > 100) {
            problems.add("A trial needs a name of 1 to 100 characters");
        }
        if (!trial.baselineFrom().isBefore(trial.start())) {
            problems.add("The baseline (from " + trial.baselineFrom() + ") must start before the trial (" + trial.start() + ")");
        }
        if (trial.end().isBefore(trial.start())) {
            problems.add("The trial ends on " + trial.end() + ", before it starts on " + trial.start());
        }
        if (trial.reintroduceUntil() != null && !trial.reintroduceUntil().isAfter(trial.end())) {
            problems.add("The reintroduction must end after the trial (" + trial.end() + ")");
        }
        for (String key : concat(trial.avoid(), trial.add())) {
            if (!catalogue.containsKey(key)) {
                problems.add("'" + key + "' is not a measure in this journal");
            }
        }
        if (trial.avoid().isEmpty() && trial.add().isEmpty()) {
            problems.add("A trial avoids or adds at least one measure, so that adherence can be counted");
        }
        if (trial.outcome() instanceof Outcome.Symptom symptom && (!catalogue.containsKey(symptom.measureKey())
                || !catalogue.get(symptom.measureKey()).isRatedSymptom())) {
            problems.add("'" + symptom.measureKey() + "' is not a rated symptom; the outcome is burden or the key of a"
                    + " symptom rated 0–10 (warning signs such as fever are never an outcome)");
        }
        if (!problems.isEmpty()) {
            throw new JournalException("The trial was not saved: " + String.join("; ", problems) + ".");
        }
        return trials.add(trial);
    }

    /**
     * Where a baseline of the last {@code days} logged days before {@code start} begins: the earliest of those days.
     * Fails with a message when the journal holds fewer.
     */
    public LocalDate baselineOfLoggedDays(LocalDate start, int days) {
        if (days < 1) {
            throw new JournalException("A baseline needs at least one day, not " + days);
        }
        JournalSummary summary = this.days.summary();
        List<DayEntry> before = summary.isEmpty() ? List.of()
                : this.days.findBetween(summary.firstDay(), start.minusDays(1));
        if (before.size() < days) {
            throw new JournalException("Only " + before.size() + " days are logged before " + start
                    + ", fewer than the " + days + " asked for the baseline");
        }
        return before.get(before.size() - days).date();
    }

    /** Every trial with its result today, the newest first. */
    public List<TrialResult> results() {
        Map<String, Measure> catalogue = catalogue();
        LocalDate today = LocalDate.now(clock);
        List<TrialResult> results = new ArrayList<>();
        for (Trial trial : trials.findAll()) {
            LocalDate last = trial.reintroduceUntil() != null ? trial.reintroduceUntil() : trial.end();
            results.add(TrialAnalysis.result(trial, days.findBetween(trial.baselineFrom(), last), catalogue, today));
        }
        return results;
    }

    /** The trial's outcome on each day of its whole span, for its chart. */
    public DailySeries outcomeByDay(Trial trial) {
        LocalDate last = trial.reintroduceUntil() != null ? trial.reintroduceUntil() : trial.end();
        return insights.report(trial.baselineFrom(), last, trial.outcome()).outcomeByDay();
    }

    /** Every trial, without computing results: the newest start first. */
    public List<Trial> all() {
        return trials.findAll();
    }

    /** The trials running today. */
    public List<Trial> active() {
        return activeOn(LocalDate.now(clock));
    }

    /** The trials whose trial phase includes {@code day}. */
    public List<Trial> activeOn(LocalDate day) {
        return trials.findAll().stream().filter(trial -> trial.isActive(day)).toList();
    }

    private Map<String, Measure> catalogue() {
        Map<String, Measure> catalogue = new LinkedHashMap<>();
        measures.findAll().forEach(measure -> catalogue.put(measure.key(), measure));
        return catalogue;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
