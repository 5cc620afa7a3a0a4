package app.gutlog.ui.trials;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.LatestOnly;
import app.gutlog.app.TaskRunner;
import app.gutlog.app.TrialService;
import app.gutlog.domain.DailySeries;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.PValueFormat;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Section;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Trials view: the list of self-experiments, the chosen one's result in words, and defining a new one. */
public final class TrialsViewModel {

    private final TrialService trialService;
    private final CatalogService catalog;
    private final DayService days;
    private final KnowledgeBase knowledge;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Texts texts = Texts.of(TrialsViewModel.class);
    /** Every measure, as last read with the trials: names and outcomes come from here, never from the disk. */
    private List<Measure> measures = List.of();
    /** The trial to select once the trials are read again (a new one), or -1 to keep the selection. */
    private long selectNext = -1;
    private final LatestOnly reads;
    private final ObservableList<TrialResult> trials = FXCollections.observableArrayList();
    private final ObjectProperty<TrialResult> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<DailySeries> outcomeByDay = new ReadOnlyObjectWrapper<>(this, "outcomeByDay");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public TrialsViewModel(TrialService trials, CatalogService catalog, DayService days, KnowledgeBase knowledge,
            TaskRunner tasks, DialogService dialogs) {
        this.trialService = trials;
        this.catalog = catalog;
        this.days = days;
        this.knowledge = knowledge;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.reads = new LatestOnly(tasks);
        selected.addListener((observable, before, now) -> loadSeries(now));
    }

    /** Reads the trials again (when the page is shown, and whenever the journal changes); the latest read wins. */
    public void refresh() {
        long keep = selectNext >= 0 ? selectNext : selected.get() == null ? -1 : selected.get().trial().id();
        reads.run(texts.get("trials.progress.reading"), progress -> new Read(trialService.results(),
                catalog.allMeasures()), read -> {
            selectNext = -1;
            List<TrialResult> results = read.results();
            measures = read.measures();
            trials.setAll(results);
            selected.set(results.stream().filter(result -> result.trial().id() == keep).findFirst()
                    .orElse(results.isEmpty() ? null : results.getFirst()));
            status.set(results.isEmpty() ? texts.get("trials.none") : "");
        }, error -> status.set(texts.format("trials.error.reading", error.getMessage())));
    }

    /** The trials' results and every measure, read together. */
    private record Read(List<TrialResult> results, List<Measure> measures) {}

    private void loadSeries(TrialResult result) {
        outcomeByDay.set(null);
        if (result != null) {
            tasks.run(texts.get("trials.progress.readingDays"), progress -> trialService.outcomeByDay(result.trial()),
                    series -> {
                        if (selected.get() != null && selected.get().trial().id() == result.trial().id()) {
                            outcomeByDay.set(series);
                        }
                    }, error -> status.set(texts.format("trials.error.readingDays", error.getMessage())));
        }
    }

    /**
     * Saves a new trial (id 0) or the changes to a saved one, and selects it; {@code failed} gets every problem in
     * one message. With {@code baselineDays}, the baseline is instead the last that many days already logged before
     * the trial starts.
     */
    public void save(Trial trial, Integer baselineDays, Runnable done, Consumer<String> failed) {
        tasks.run(texts.get("trials.progress.saving"), progress -> {
            Trial withBaseline = baselineDays == null ? trial
                    : new Trial(trial.id(), trial.name(), trial.protocol(),
                            trialService.baselineOfLoggedDays(trial.start(), baselineDays), trial.start(), trial.end(),
                            trial.reintroduceUntil(), trial.outcome(), trial.avoid(), trial.add());
            return trial.id() == 0 ? trialService.add(withBaseline) : trialService.edit(withBaseline);
        }, saved -> {
            done.run();
            selectNext = saved.id();
            refresh();
        }, error -> failed.accept(error.getMessage()));
    }

    /** Whether the trial can end early today: it has begun and today is before its planned end. */
    public boolean canEndToday(Trial trial) {
        LocalDate today = today();
        return !today.isBefore(trial.start()) && today.isBefore(trial.end());
    }

    /** Ends the chosen trial today, once the person agrees; its planned end can be restored by editing it. */
    public void endSelected() {
        TrialResult chosen = selected.get();
        if (chosen == null || !canEndToday(chosen.trial())) {
            return;
        }
        Trial trial = chosen.trial();
        if (dialogs.confirmUndoable("end-trial-dialog", texts.format("trials.end.header", trial.name()),
                texts.format("trials.end.message", today(), trial.end(), chosen.dayOfTrial(), trial.plannedDays()),
                texts.get("trials.end.action"))) {
            tasks.run(texts.get("trials.progress.ending"), progress -> trialService.end(trial.id(), today()),
                    ended -> refresh(), error -> status.set(texts.format("trials.error.ending", error.getMessage())));
        }
    }

    /** Deletes the chosen trial, once the person agrees; the days logged during it stay in the journal. */
    public void deleteSelected() {
        TrialResult chosen = selected.get();
        if (chosen == null) {
            return;
        }
        Trial trial = chosen.trial();
        if (dialogs.confirm("delete-trial-dialog", texts.format("trials.delete.header", trial.name()),
                texts.get("trials.delete.message"), texts.get("trials.delete.action"))) {
            tasks.run(texts.get("trials.progress.deleting"), progress -> {
                trialService.delete(trial.id());
                return trial;
            }, deleted -> refresh(), error -> status.set(texts.format("trials.error.deleting", error.getMessage())));
        }
    }

    /**
     * For a trial set up after it had begun, that it was recorded afterwards rather than planned ahead; empty for a
     * trial planned ahead.
     */
    public String setUpNote(Trial trial) {
        if (trial.setUpAfterTheEnd()) {
            return texts.format("trials.setUp.afterTheEnd", trial.setUpOn());
        }
        if (trial.setUpAfterTheStart()) {
            return texts.format("trials.setUp.afterTheStart", trial.setUpOn(),
                    ChronoUnit.DAYS.between(trial.start(), trial.setUpOn()));
        }
        return "";
    }

    /** The measures a trial can avoid or add, by name: everything logged as an amount, a rating or yes/no. */
    public List<Measure> choosableMeasures() {
        return measures.stream().filter(m -> !m.archived() && m.kind() != MeasureKind.SYMPTOM
                && m.scale() != Scale.TEXT && m.scale() != Scale.BRISTOL).toList();
    }

    /** The symptoms a trial's outcome can be, after the burden. */
    public List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(Outcome.BURDEN);
        measures.stream().filter(m -> m.isRatedSymptom() && !m.archived())
                .forEach(m -> outcomes.add(new Outcome.Symptom(m.key())));
        return outcomes;
    }

    public String outcomeName(Outcome outcome) {
        return outcome instanceof Outcome.Symptom symptom ? measureName(symptom.measureKey())
                : texts.get("trials.outcome.burden");
    }

    public String measureName(String key) {
        return measures.stream().filter(m -> m.key().equals(key)).map(Measure::name).findFirst().orElse(key);
    }

    public LocalDate today() {
        return days.today();
    }

    /**
     * For a trial that avoids gluten, the note to read before starting it: coeliac tests need gluten in the diet, so
     * test first. Empty for a trial that keeps gluten.
     */
    public Optional<String> beforeCuttingGluten(List<String> avoided) {
        return TrialService.beforeCuttingGluten(knowledge, avoided);
    }

    public Optional<Section> section(Trial trial) {
        return trial.protocol().sectionId() == null ? Optional.empty()
                : knowledge.section(trial.protocol().sectionId());
    }

    /** "Day 12 of 28", "Starts on …", or "Finished". */
    public String progress(TrialResult result) {
        Trial trial = result.trial();
        LocalDate today = today();
        if (today.isBefore(trial.start())) {
            return texts.format("trials.day.startsOn", trial.start(), trial.baselineFrom());
        }
        if (today.isAfter(trial.end())) {
            return texts.format("trials.day.finished", trial.end(), trial.plannedDays());
        }
        return texts.format("trials.day.of", result.dayOfTrial(), trial.plannedDays());
    }

    /** What the trial avoids or adds, in words, and its outcome. */
    public String target(Trial trial) {
        return texts.format("trials.target", trial.describe(this::measureName),
                outcomeName(trial.outcome()).toLowerCase(Locale.ROOT));
    }

    /** How well the trial was kept to, then on how many days that was not logged, then whether that is low. */
    public String adherence(TrialResult result) {
        if (result.loggedTrialDays() == 0) {
            return texts.get("trials.adherence.nothingLogged");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.format("trials.adherence.kept", result.keptTrialDays(), result.loggedTrialDays(),
                String.format(Locale.ROOT, "%.0f", result.adherence() * 100)));
        if (result.notLoggedTrialDays() != 0) {
            sentences.add(texts.format("trials.adherence.notLogged", result.notLoggedTrialDays()));
        }
        if (result.poorAdherence()) {
            sentences.add(texts.get("trials.adherence.low"));
        }
        return String.join(" ", sentences);
    }

    public String outcomeResult(TrialResult result) {
        if (!result.enoughData()) {
            return texts.format("trials.result.notEnoughData", result.baselineDays(), result.trialDays());
        }
        return texts.format("trials.result.difference", decimal(result.baselineMean()), result.baselineDays(),
                decimal(result.trialMean()), result.trialDays(), signed(result.difference()), signed(result.ciLow()),
                signed(result.ciHigh()), PValueFormat.format(result.p()));
    }

    public String reintroduction(TrialResult result) {
        if (result.trial().reintroduceUntil() == null) {
            return texts.get("trials.reintroduction.none");
        }
        if (Double.isNaN(result.reintroductionDifference())) {
            return texts.format("trials.reintroduction.tooFewDays", result.reintroductionDays());
        }
        return texts.format("trials.reintroduction.difference", decimal(result.reintroductionMean()),
                result.reintroductionDays(), signed(result.reintroductionDifference()));
    }

    /** A mean with two decimals, such as "3.25". */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A difference with its sign and two decimals, such as "-0.80". */
    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    public ObservableList<TrialResult> trials() {
        return trials;
    }

    public ObjectProperty<TrialResult> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<DailySeries> outcomeByDay() {
        return outcomeByDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
