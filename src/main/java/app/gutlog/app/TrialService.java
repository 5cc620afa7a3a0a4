package app.gutlog.app;

import app.gutlog.analysis.TrialAnalysis;
import app.gutlog.domain.DailySeries;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.GuidanceNote;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.knowledge.KnowledgeLoader;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.store.TrialRepository;
import app.gutlog.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** A trial refused because of what it says (not because the journal failed): every problem, in one message. */
    public static final class Rejected extends JournalException {
        Rejected(String message) {
            super(message);
        }
    }

    /** Checks and saves a new trial; every problem is named, and nothing is saved unless there is none. */
    public Trial add(Trial trial) {
        refuse("app.trial.notSaved", problems(trial));
        return trials.add(trial, OffsetDateTime.now(clock));
    }

    /**
     * Checks and saves the changes to a saved trial (the day it was set up stays as it was); every problem is named,
     * and nothing changes unless there is none.
     */
    public Trial edit(Trial trial) {
        Trial saved = find(trial.id());
        refuse("app.trial.notChanged", problems(trial));
        Trial edited = trial.withSetUpOn(saved.setUpOn());
        trials.update(edited);
        return edited;
    }

    /**
     * Ends a running trial early, on {@code day}: its last trial day becomes {@code day}. The day must be within the
     * trial, before its planned end and not after today.
     */
    public Trial end(long id, LocalDate day) {
        Trial trial = find(id);
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        if (day.isBefore(trial.start())) {
            problems.add(texts().format("app.trial.endBeforeStart", trial.start().toString(), day.toString()));
        } else if (!day.isBefore(trial.end())) {
            problems.add(texts().format("app.trial.alreadyEnds", trial.end().toString(), day.toString()));
        }
        if (day.isAfter(today)) {
            problems.add(texts().format("app.trial.endAfterToday", day.toString(), today.toString()));
        }
        refuse("app.trial.notEnded", problems, trial.name());
        Trial ended = trial.endingOn(day);
        trials.update(ended);
        return ended;
    }

    /** Deletes a trial; the days logged during it stay in the journal. */
    public void delete(long id) {
        if (!trials.delete(id)) {
            throw new Rejected(texts().format("app.trial.noneToDelete", id));
        }
    }

    /** The saved trial with this id; refused when there is none. */
    public Trial find(long id) {
        return trials.findAll().stream().filter(trial -> trial.id() == id).findFirst()
                .orElseThrow(() -> new Rejected(texts().format("app.trial.none", id)));
    }

    /**
     * Refuses with the message {@code key} unless there is no problem: its placeholders are {@code subject} (the
     * trial's name, where the message names it), then every problem.
     */
    private static void refuse(String key, List<String> problems, Object... subject) {
        if (!problems.isEmpty()) {
            Object[] arguments = Arrays.copyOf(subject, subject.length + 1);
            arguments[subject.length] = texts().clauses(problems);
            throw new Rejected(texts().format(key, arguments));
        }
    }

    private List<String> problems(Trial trial) {
        Map<String, Measure> catalogue = catalogue();
        List<String> problems = new ArrayList<>();
        if (trial.name().isEmpty() || trial.name().length() > 100) {
            problems.add(texts().get("app.trial.name"));
        }
        if (!trial.baselineFrom().isBefore(trial.start())) {
            problems.add(texts().format("app.trial.baselineAfterStart", trial.baselineFrom().toString(),
                    trial.start().toString()));
        }
        if (trial.end().isBefore(trial.start())) {
            problems.add(texts().format("app.trial.endsBeforeStart", trial.end().toString(), trial.start().toString()));
        }
        if (trial.reintroduceUntil() != null && !trial.reintroduceUntil().isAfter(trial.end())) {
            problems.add(texts().format("app.trial.reintroductionTooEarly", trial.end().toString()));
        }
        for (String key : concat(trial.avoid(), trial.add())) {
            if (!catalogue.containsKey(key)) {
                problems.add(texts().format("app.trial.notAMeasure", key));
            }
        }
        if (trial.avoid().isEmpty() && trial.add().isEmpty()) {
            problems.add(texts().get("app.trial.noMeasure"));
        }
        if (trial.outcome() instanceof Outcome.Symptom symptom && (!catalogue.containsKey(symptom.measureKey())
                || !catalogue.get(symptom.measureKey()).isRatedSymptom())) {
            problems.add(texts().format("app.trial.outcome", symptom.measureKey()));
        }
        return problems;
    }

    /**
     * For a trial that avoids gluten, the note to read and confirm before starting it: coeliac tests need gluten in
     * the diet, so test first (GutLog's own guidance, with its sources). Empty for a trial that keeps gluten.
     */
    public static Optional<String> beforeCuttingGluten(KnowledgeBase knowledge, List<String> avoided) {
        if (!avoided.contains("gluten")) {
            return Optional.empty();
        }
        return knowledge.safety().guidance("coeliac-testing")
                .map(guidance -> guidance.heading() + ". " + guidance.text() + " " + GuidanceNote.mark() + " "
                        + GuidanceNote.citation(guidance.sources()));
    }

    /** As {@link #beforeCuttingGluten(KnowledgeBase, List)}, with the built-in knowledge base. */
    public static Optional<String> beforeCuttingGluten(List<String> avoided) {
        return beforeCuttingGluten(KnowledgeLoader.builtIn(), avoided);
    }

    /**
     * Where a baseline of the last {@code days} logged days before {@code start} begins: the earliest of those days.
     * Fails with a message when the journal holds fewer.
     */
    public LocalDate baselineOfLoggedDays(LocalDate start, int days) {
        if (days < 1) {
            throw new Rejected(texts().format("app.trial.baselineDays", days));
        }
        JournalSummary summary = this.days.summary();
        List<DayEntry> before = summary.isEmpty() ? List.of()
                : this.days.findBetween(summary.firstDay(), start.minusDays(1));
        if (before.size() < days) {
            throw new Rejected(texts().format("app.trial.tooFewDays", before.size(), start.toString(), days));
        }
        return before.get(before.size() - days).date();
    }

    /** Every trial with its result today, the newest first. */
    public List<TrialResult> results() {
        Map<String, Measure> catalogue = catalogue();
        LocalDate today = LocalDate.now(clock);
        List<TrialResult> results = new ArrayList<>();
        for (Trial trial : trials.findAll()) {
            results.add(TrialAnalysis.result(trial, days.findBetween(trial.baselineFrom(), trial.lastDay()), catalogue,
                    today));
        }
        return results;
    }

    /** The trial's outcome on each day of its whole span, for its chart. */
    public DailySeries outcomeByDay(Trial trial) {
        return insights.report(trial.baselineFrom(), trial.lastDay(), trial.outcome()).outcomeByDay();
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

    private static Texts texts() {
        return Texts.of(TrialService.class);
    }
}
