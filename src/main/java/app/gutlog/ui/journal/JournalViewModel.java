package app.gutlog.ui.journal;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.TaskRunner;
import app.gutlog.app.TrialService;
import app.gutlog.domain.DayChangedException;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Trial;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day form: one day's values being edited, checked as they are typed, and saved, deleted or copied in the
 * background. It knows whether the form differs from what is saved, so nothing is lost silently.
 */
public final class JournalViewModel {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

    private final DayService days;
    private final CatalogService catalog;
    private final TaskRunner tasks;

    private final ObservableList<MeasureField> fields = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper notesProblem = new ReadOnlyStringWrapper(this, "notesProblem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable", false);
    /** The day as it is saved (an empty day when nothing is), which the form is compared with. */
    private final ObjectProperty<DayEntry> savedEntry = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper hasProblems = new ReadOnlyBooleanWrapper(this, "hasProblems", false);
    private final ObservableList<Trial> activeTrials = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trialNotice = new ReadOnlyStringWrapper(this, "trialNotice", "");
    private final ReadOnlyBooleanWrapper trialBroken = new ReadOnlyBooleanWrapper(this, "trialBroken", false);
    /** The day as the journal holds it now, when it changed elsewhere while the form had edits; null otherwise. */
    private final ReadOnlyObjectWrapper<Optional<DayEntry>> changedInJournal =
            new ReadOnlyObjectWrapper<>(this, "changedInJournal");
    private DayEntry deleted;
    private boolean formReady;
    private LocalDate requestedDate;
    /** Counts the loads of the shown day; a reload's result is used only if nothing was loaded or saved since. */
    private int generation;
    private boolean reloadWanted;
    private Map<String, Double> archivedValues = Map.of();

    private final TrialService trials;

    public JournalViewModel(DayService days, CatalogService catalog, TrialService trials, TaskRunner tasks) {
        this.days = days;
        this.catalog = catalog;
        this.trials = trials;
        this.tasks = tasks;
        notes.addListener((observable, before, now) -> notesProblem.set(DayRules.notesProblem(now).orElse("")));
    }

    /** Loads the catalogue, then today's day. */
    public void start() {
        busy.set(true);
        tasks.run("Loading the day form…", progress -> catalog.activeMeasures(), measures -> {
            useMeasures(measures);
            formReady = true;
            open(requestedDate != null ? requestedDate : days.today());
        }, this::failed);
    }

    private void useMeasures(List<Measure> measures) {
        fields.setAll(onTheForm(measures).stream().map(MeasureField::new).toList());
        Observable[] inputs = Stream.concat(fields.stream().map(MeasureField::input), Stream.of(notes, savedEntry))
                .toArray(Observable[]::new);
        dirty.bind(Bindings.createBooleanBinding(
                () -> savedEntry.get() != null && !currentInputs().equals(inputsOf(savedEntry.get())), inputs));
        Observable[] problems = Stream.concat(fields.stream().map(MeasureField::problem), Stream.of(notesProblem))
                .toArray(Observable[]::new);
        hasProblems.bind(Bindings.createBooleanBinding(
                () -> !notesProblem.get().isEmpty() || fields.stream().anyMatch(f -> !f.problem().get().isEmpty()),
                problems));
        Observable[] trialInputs = Stream.concat(fields.stream().map(MeasureField::input), Stream.of(activeTrials))
                .toArray(Observable[]::new);
        trialBroken.bind(Bindings.createBooleanBinding(() -> !brokenBy().isEmpty(), trialInputs));
        trialNotice.bind(Bindings.createStringBinding(this::describeTrials, trialInputs));
    }

    /** The fields whose value, as typed, breaks a trial running on the shown day by logging what it avoids. */
    private List<MeasureField> brokenBy() {
        return fields.stream()
                .filter(field -> activeTrials.stream().anyMatch(trial -> trial.avoid().contains(field.measure().key())))
                .filter(field -> field.value().map(value -> field.measure().exposure() != null
                        ? field.measure().exposure().isExposed(value) : value > 0).orElse(false))
                .toList();
    }

    private String describeTrials() {
        if (activeTrials.isEmpty() || date.get() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Trial trial : activeTrials) {
            List<String> target = new ArrayList<>();
            trial.avoid().forEach(key -> target.add("no " + nameOf(key).toLowerCase(Locale.ROOT)));
            trial.add().forEach(key -> target.add(nameOf(key).toLowerCase(Locale.ROOT)));
            text.append(text.isEmpty() ? "" : " ").append("Trial \u201C").append(trial.name()).append("\u201D, day ")
                    .append(trial.dayOfTrial(date.get())).append(" of ").append(trial.plannedDays()).append(": ")
                    .append(String.join(", ", target)).append(".");
        }
        List<MeasureField> broken = brokenBy();
        if (!broken.isEmpty()) {
            text.append(" Logging ").append(String.join(" and ", broken.stream().map(f -> f.measure().name()).toList()))
                    .append(" today breaks it; log it anyway if that is what happened.");
        }
        return text.toString();
    }

    private String nameOf(String key) {
        return fields.stream().filter(field -> field.measure().key().equals(key)).map(field -> field.measure().name())
                .findFirst().orElse(key);
    }

    /** The measures that get a field: all but the notes, which have their own box. */
    private static List<Measure> onTheForm(List<Measure> measures) {
        return measures.stream().filter(measure -> measure.scale() != Scale.TEXT).toList();
    }

    /** Shows {@code day}: what was saved for it, or an empty form. Unsaved edits are replaced, so ask first. */
    public void open(LocalDate day) {
        open(day, null);
    }

    private void open(LocalDate day, String message) {
        Optional<String> tooFar = DayRules.dateProblem(day, days.today());
        if (tooFar.isPresent()) {
            status.set(tooFar.get() + ".");
            return;
        }
        if (!formReady) {
            requestedDate = day;
            return;
        }
        startWork();
        tasks.run("Opening " + day + "…", progress -> new Opened(days.load(day), trials.activeOn(day)), opened -> {
            Optional<DayEntry> entry = opened.entry();
            activeTrials.setAll(opened.trials());
            date.set(day);
            showSaved(entry);
            undoAvailable.set(false);
            status.set(message != null ? message : entry.isPresent() ? "" : "Nothing logged yet for this day.");
            finishWork();
        }, this::failed);
    }

    /** A day as read, with the trials running on it. */
    private record Opened(Optional<DayEntry> entry, List<Trial> trials) {}

    /** Fills the form with the day as the journal holds it ({@code stored} empty: nothing saved). */
    private void showSaved(Optional<DayEntry> stored) {
        show(stored.orElse(new DayEntry(date.get(), Map.of(), null)));
        saved.set(stored.isPresent());
    }

    private void show(DayEntry entry) {
        fields.forEach(field -> field.setValue(entry.values().get(field.measure().key())));
        notes.set(entry.notes() == null ? "" : entry.notes());
        keepHiddenValues(entry);
        savedEntry.set(entry);
        changedInJournal.set(null);
    }

    /** The day as the form was filled from it: what a save may replace. */
    private Optional<DayEntry> loadedEntry() {
        return saved.get() ? Optional.of(savedEntry.get()) : Optional.empty();
    }

    /** Starts a load, save or deletion of the shown day: a reload still running is out of date once it ends. */
    private void startWork() {
        generation++;
        busy.set(true);
    }

    /** Ends it, and reloads the day if the journal changed meanwhile. */
    private void finishWork() {
        busy.set(false);
        if (reloadWanted) {
            reloadWanted = false;
            journalChanged();
        }
    }

    /**
     * Saves the form if every field is valid; then runs {@code afterSaving}. Returns false if it could not start. It
     * saves only over the day as the form loaded it: if the journal's copy has changed since, nothing is saved, and
     * {@link #changedInJournal()} asks whether to keep the edits or load the saved day.
     */
    public boolean save(Runnable afterSaving) {
        if (hasProblems.get()) {
            status.set("Not saved: correct the fields marked in red first.");
            return false;
        }
        if (changedInJournal.get() != null) {
            status.set("Not saved: this day changed in the journal. Keep your edits or load the saved day first.");
            return false;
        }
        DayEntry entry = formEntry();
        Optional<DayEntry> over = loadedEntry();
        startWork();
        tasks.run("Saving " + entry.date() + "…", progress -> {
            days.save(entry, over);
            return entry;
        }, written -> {
            savedEntry.set(written);
            saved.set(true);
            undoAvailable.set(false);
            status.set("Saved " + LONG_DATE.format(written.date()) + ".");
            finishWork();
            afterSaving.run();
        }, this::failed);
        return true;
    }

    /**
     * Takes in a change to the journal made anywhere (an import, a restore, a trial, a measure, another page): a form
     * with no edits shows the day as saved now; a form with edits keeps them and asks, through
     * {@link #changedInJournal()}, which to keep. Also takes up measures added, renamed or archived.
     */
    public void journalChanged() {
        if (!formReady || date.get() == null) {
            return;
        }
        if (busy.get()) {
            reloadWanted = true;
            return;
        }
        int requested = ++generation;
        LocalDate day = date.get();
        tasks.run("Checking " + day + " for changes…",
                progress -> new Reloaded(catalog.activeMeasures(), new Opened(days.load(day), trials.activeOn(day))),
                reloaded -> {
                    if (requested == generation && !busy.get()) {
                        takeUp(reloaded);
                    }
                }, this::failed);
    }

    /** The catalogue and the shown day, as read again after the journal changed. */
    private record Reloaded(List<Measure> measures, Opened day) {}

    private void takeUp(Reloaded reloaded) {
        useMeasuresKeepingInput(reloaded.measures());
        activeTrials.setAll(reloaded.day().trials());
        Optional<DayEntry> stored = reloaded.day().entry();
        if (stored.equals(loadedEntry())) {
            return;
        }
        if (dirty.get()) {
            changedInJournal.set(stored);
            status.set("This day was changed in the journal while you were editing it (by an import or a restore,"
                    + " say). Keep your edits, or load the saved day?");
        } else {
            showSaved(stored);
            undoAvailable.set(false);
            status.set("This day was changed in the journal (by an import or a restore, say); the form shows it as"
                    + " saved now.");
        }
    }

    /** Answers {@link #changedInJournal()}: the edits stay, and saving them replaces the day as saved now. */
    public void keepMyEdits() {
        Optional<DayEntry> stored = changedInJournal.get();
        if (stored == null) {
            return;
        }
        savedEntry.set(stored.orElse(new DayEntry(date.get(), Map.of(), null)));
        saved.set(stored.isPresent());
        keepHiddenValues(savedEntry.get());
        changedInJournal.set(null);
        status.set("Your edits are kept. Saving them replaces the day as it is saved now.");
    }

    /** Answers {@link #changedInJournal()}: the edits are dropped and the form shows the day as saved now. */
    public void loadSavedDay() {
        Optional<DayEntry> stored = changedInJournal.get();
        if (stored == null) {
            return;
        }
        showSaved(stored);
        undoAvailable.set(false);
        status.set("The form shows the day as it is saved now.");
    }

    public boolean save() {
        return save(() -> {});
    }

    /** Deletes the shown day; {@link #undoDelete()} puts it back. Ask the person first. */
    public void delete() {
        LocalDate day = date.get();
        startWork();
        tasks.run("Deleting " + day + "…", progress -> days.delete(day), removed -> {
            deleted = removed.orElse(null);
            showSaved(Optional.empty());
            undoAvailable.set(deleted != null);
            status.set("Deleted " + LONG_DATE.format(day) + ".");
            finishWork();
        }, this::failed);
    }

    public void undoDelete() {
        DayEntry restore = deleted;
        if (restore == null) {
            return;
        }
        startWork();
        tasks.run("Restoring " + restore.date() + "…", progress -> {
            days.save(restore);
            return restore;
        }, restored -> {
            deleted = null;
            undoAvailable.set(false);
            open(restored.date(), "Restored " + LONG_DATE.format(restored.date()) + ".");
        }, this::failed);
    }

    /** Fills the form with the previous day's values, without saving. Notes are not copied. */
    public void copyFromYesterday() {
        LocalDate yesterday = date.get().minusDays(1);
        startWork();
        tasks.run("Copying from " + yesterday + "…", progress -> days.load(yesterday), entry -> {
            finishWork();
            if (entry.isEmpty() || entry.get().values().isEmpty()) {
                status.set("Nothing was logged on " + LONG_DATE.format(yesterday) + " to copy.");
                return;
            }
            fields.forEach(field -> field.setValue(entry.get().values().get(field.measure().key())));
            status.set("Copied " + entry.get().values().size() + " values from " + LONG_DATE.format(yesterday)
                    + ". Review them, then save.");
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        reloadWanted = false;
        if (error instanceof DayChangedException changed) {
            changedInJournal.set(changed.stored());
            status.set("Not saved: this day was changed in the journal after you opened it (by an import or a restore,"
                    + " say). Keep your edits, or load the saved day?");
        } else if (error instanceof InvalidDayException invalid) {
            status.set("Not saved: " + invalid.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining("; ")) + ".");
        } else {
            status.set("Something went wrong, and nothing was changed: " + error.getMessage());
        }
    }

    /** Values of measures the form does not show (archived ones) are kept, and saved again unchanged. */
    private void keepHiddenValues(DayEntry entry) {
        archivedValues = entry.values().entrySet().stream()
                .filter(value -> fields.stream().noneMatch(field -> field.measure().key().equals(value.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The day as the form shows it. Only meaningful while there are no problems. */
    DayEntry formEntry() {
        Map<String, Double> values = new HashMap<>(archivedValues);
        fields.forEach(field -> field.value().ifPresent(value -> values.put(field.measure().key(), value)));
        return new DayEntry(date.get(), values, notes.get());
    }

    private Map<String, String> currentInputs() {
        Map<String, String> inputs = new HashMap<>();
        fields.forEach(field -> inputs.put(field.measure().key(), field.normalizedInput()));
        inputs.put(FieldProblem.NOTES, notes.get());
        return inputs;
    }

    /** What the form's fields show for {@code entry}: the same text {@link MeasureField#setValue} writes. */
    private Map<String, String> inputsOf(DayEntry entry) {
        Map<String, String> inputs = new HashMap<>();
        fields.forEach(field -> {
            Double value = entry.values().get(field.measure().key());
            inputs.put(field.measure().key(), value == null ? "" : Scale.format(value));
        });
        inputs.put(FieldProblem.NOTES, entry.notes() == null ? "" : entry.notes());
        return inputs;
    }

    /** Takes up measures added, renamed or archived since the form was built, keeping what has been typed so far. */
    private void useMeasuresKeepingInput(List<Measure> measures) {
        if (onTheForm(measures).equals(fields.stream().map(MeasureField::measure).toList())) {
            return;
        }
        Map<String, String> typed = currentInputs();
        useMeasures(measures);
        Map<String, String> saved = inputsOf(savedEntry.get());
        fields.forEach(field -> field.input().set(typed.getOrDefault(field.measure().key(),
                saved.get(field.measure().key()))));
        keepHiddenValues(savedEntry.get());
    }

    public LocalDate today() {
        return days.today();
    }

    public String dateTitle() {
        return date.get() == null ? "" : LONG_DATE.format(date.get());
    }

    public ObservableList<MeasureField> fields() {
        return fields;
    }

    public ReadOnlyObjectProperty<LocalDate> date() {
        return date.getReadOnlyProperty();
    }

    public StringProperty notes() {
        return notes;
    }

    public ReadOnlyStringProperty notesProblem() {
        return notesProblem.getReadOnlyProperty();
    }

    /** The trials running on the shown day and their targets, and whether the form as typed breaks one. */
    public ReadOnlyStringProperty trialNotice() {
        return trialNotice.getReadOnlyProperty();
    }

    /**
     * The day as the journal holds it now (empty: not saved), while it differs from what the form was loaded from and
     * the form has edits; null otherwise. Answer with {@link #keepMyEdits()} or {@link #loadSavedDay()}.
     */
    public ReadOnlyObjectProperty<Optional<DayEntry>> changedInJournal() {
        return changedInJournal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trialBroken() {
        return trialBroken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the shown day exists in the journal. */
    public ReadOnlyBooleanProperty saved() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoAvailable() {
        return undoAvailable.getReadOnlyProperty();
    }

    /** Whether the form differs from what is saved for the day. */
    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean hasProblems() {
        return hasProblems.get();
    }
}
