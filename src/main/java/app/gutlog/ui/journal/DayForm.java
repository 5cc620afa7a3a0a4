package app.gutlog.ui.journal;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
 * What the day form holds (a field per measure, and the notes) set against the day as the journal holds it: whether
 * the two differ, whether a field is wrong, and the journal's copy when it changed while the form had edits. Values
 * of measures the form does not show (archived ones) are kept, and saved again unchanged.
 */
final class DayForm {

    private final ObservableList<MeasureField> fields = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper notesProblem = new ReadOnlyStringWrapper(this, "notesProblem", "");
    /** The day as it is saved (an empty day when nothing is), which the form is compared with. */
    private final ObjectProperty<DayEntry> savedEntry = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper hasProblems = new ReadOnlyBooleanWrapper(this, "hasProblems", false);
    private final ReadOnlyObjectWrapper<DayState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Optional<DayEntry>> changedInJournal =
            new ReadOnlyObjectWrapper<>(this, "changedInJournal");
    private Map<String, Double> archivedValues = Map.of();

    DayForm() {
        notes.addListener((observable, before, now) -> notesProblem.set(DayRules.notesProblem(now).orElse("")));
        state.bind(Bindings.createObjectBinding(this::currentState, fields, dirty, saved));
    }

    private DayState currentState() {
        if (fields.isEmpty()) {
            return null;
        }
        return dirty.get() ? DayState.UNSAVED : saved.get() ? DayState.SAVED : DayState.NOT_LOGGED;
    }

    /** Makes a field for each of {@code measures} but the notes, which have their own box. */
    void useMeasures(List<Measure> measures) {
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
    }

    private static List<Measure> onTheForm(List<Measure> measures) {
        return measures.stream().filter(measure -> measure.scale() != Scale.TEXT).toList();
    }

    /** Takes up measures added, renamed or archived since the form was built, keeping what has been typed so far. */
    void useMeasuresKeepingInput(List<Measure> measures) {
        if (onTheForm(measures).equals(fields.stream().map(MeasureField::measure).toList())) {
            return;
        }
        Map<String, String> typed = currentInputs();
        useMeasures(measures);
        Map<String, String> asSaved = inputsOf(savedEntry.get());
        fields.forEach(field -> field.input().set(typed.getOrDefault(field.measure().key(),
                asSaved.get(field.measure().key()))));
        keepHiddenValues(savedEntry.get());
    }

    /** Fills the form with the day as the journal holds it ({@code stored} empty: nothing saved for {@code date}). */
    void showSaved(Optional<DayEntry> stored, LocalDate date) {
        show(stored.orElse(new DayEntry(date, Map.of(), null)));
        saved.set(stored.isPresent());
    }

    private void show(DayEntry entry) {
        fill(entry.values());
        notes.set(entry.notes() == null ? "" : entry.notes());
        keepHiddenValues(entry);
        savedEntry.set(entry);
        changedInJournal.set(null);
    }

    /** Sets every field to its value in {@code values}; a measure missing from them becomes unlogged. */
    void fill(Map<String, Double> values) {
        fields.forEach(field -> field.setValue(values.get(field.measure().key())));
    }

    /** Drops the edits: every field and the notes show the day as it is saved again. */
    void revertEdits() {
        show(savedEntry.get());
    }

    /** Compares the form with {@code written}, which was just saved from it. */
    void savedAs(DayEntry written) {
        savedEntry.set(written);
        saved.set(true);
    }

    /** The day as the form was filled from it: what a save may replace. */
    Optional<DayEntry> loadedEntry() {
        return saved.get() ? Optional.of(savedEntry.get()) : Optional.empty();
    }

    /** Notes that the journal now holds {@code stored} for the day, which the form's edits have not seen. */
    void changedInJournal(Optional<DayEntry> stored) {
        changedInJournal.set(stored);
    }

    /** Keeps the edits over the day changed in the journal, so saving them replaces it; false if none changed. */
    boolean keepEdits(LocalDate date) {
        Optional<DayEntry> stored = changedInJournal.get();
        if (stored == null) {
            return false;
        }
        savedEntry.set(stored.orElse(new DayEntry(date, Map.of(), null)));
        saved.set(stored.isPresent());
        keepHiddenValues(savedEntry.get());
        changedInJournal.set(null);
        return true;
    }

    /** Drops the edits for the day changed in the journal, as it is saved now; false if none changed. */
    boolean loadChangedDay(LocalDate date) {
        Optional<DayEntry> stored = changedInJournal.get();
        if (stored == null) {
            return false;
        }
        showSaved(stored, date);
        return true;
    }

    private void keepHiddenValues(DayEntry entry) {
        archivedValues = entry.values().entrySet().stream()
                .filter(value -> fields.stream().noneMatch(field -> field.measure().key().equals(value.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The day as the form shows it. Only meaningful while there are no problems. */
    DayEntry entry(LocalDate date) {
        Map<String, Double> values = new HashMap<>(archivedValues);
        fields.forEach(field -> field.value().ifPresent(value -> values.put(field.measure().key(), value)));
        return new DayEntry(date, values, notes.get());
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

    ObservableList<MeasureField> fields() {
        return fields;
    }

    StringProperty notes() {
        return notes;
    }

    ReadOnlyStringProperty notesProblem() {
        return notesProblem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty saved() {
        return saved.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasProblems() {
        return hasProblems.getReadOnlyProperty();
    }

    /** Null until the form has its fields. */
    ReadOnlyObjectProperty<DayState> state() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<DayEntry>> changedInJournal() {
        return changedInJournal.getReadOnlyProperty();
    }
}
