package app.gutlog.ui.journal;

import app.gutlog.domain.Trial;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The notice above the day form: the trials running on the shown day, their targets, and any the form breaks. */
final class TrialNotice {

    private final ObservableList<MeasureField> fields;
    private final ObservableValue<LocalDate> date;
    private final ObservableList<Trial> activeTrials = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper broken = new ReadOnlyBooleanWrapper(this, "broken", false);
    private final Texts texts = Texts.of(TrialNotice.class);

    /** Follows what is typed in {@code fields}, whichever fields the form is given. */
    TrialNotice(ObservableList<MeasureField> fields, ObservableValue<LocalDate> date) {
        this.fields = fields;
        this.date = date;
        fields.addListener((ListChangeListener<MeasureField>) change -> followFields());
    }

    private void followFields() {
        Observable[] inputs = Stream.concat(fields.stream().map(MeasureField::input), Stream.of(activeTrials))
                .toArray(Observable[]::new);
        broken.bind(Bindings.createBooleanBinding(() -> !brokenBy().isEmpty(), inputs));
        text.bind(Bindings.createStringBinding(this::describe, inputs));
    }

    void showTrials(List<Trial> running) {
        activeTrials.setAll(running);
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty broken() {
        return broken.getReadOnlyProperty();
    }

    /** The fields whose value, as typed, breaks a trial running on the shown day by logging what it avoids. */
    private List<MeasureField> brokenBy() {
        return fields.stream()
                .filter(field -> activeTrials.stream().anyMatch(trial -> trial.avoid().contains(field.measure().key())))
                .filter(field -> field.value().map(value -> field.measure().exposure() != null
                        ? field.measure().exposure().isExposed(value) : value > 0).orElse(false))
                .toList();
    }

    private String describe() {
        if (activeTrials.isEmpty() || date.getValue() == null) {
            return "";
        }
        StringBuilder notice = new StringBuilder();
        for (Trial trial : activeTrials) {
            notice.append(notice.isEmpty() ? "" : " ").append(describe(trial));
        }
        List<MeasureField> breaking = brokenBy();
        if (!breaking.isEmpty()) {
            String names = breaking.stream().map(f -> f.measure().name())
                    .reduce((first, next) -> texts.format("journal.trial.and", first, next)).orElseThrow();
            notice.append(" ").append(texts.format("journal.trial.breaking", names));
        }
        return notice.toString();
    }

    private String describe(Trial trial) {
        List<String> target = new ArrayList<>();
        trial.avoid().forEach(key ->
                target.add(texts.format("journal.trial.avoid", nameOf(key).toLowerCase(Locale.ROOT))));
        trial.add().forEach(key -> target.add(nameOf(key).toLowerCase(Locale.ROOT)));
        return texts.format("journal.trial", trial.name(), trial.dayOfTrial(date.getValue()), trial.plannedDays(),
                texts.list(target));
    }

    private String nameOf(String key) {
        return fields.stream().filter(field -> field.measure().key().equals(key)).map(field -> field.measure().name())
                .findFirst().orElse(key);
    }
}
