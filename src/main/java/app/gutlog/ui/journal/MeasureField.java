package app.gutlog.ui.journal;

import app.gutlog.domain.DayRules;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One measure on the day form, as the text the person typed. Blank means "not logged". Every change is checked at
 * once, and {@link #problem()} says what is wrong and what is allowed.
 */
public final class MeasureField {

    private final Measure measure;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding logged;

    public MeasureField(Measure measure) {
        this.measure = measure;
        this.logged = Bindings.createBooleanBinding(() -> !input.get().isBlank(), input);
        input.addListener((observable, before, now) -> problem.set(check(now)));
    }

    private String check(String text) {
        try {
            return DayRules.parseNumber(text)
                    .flatMap(value -> DayRules.valueProblem(measure, value))
                    .orElse("");
        } catch (NumberFormatException e) {
            Texts texts = Texts.of(MeasureField.class);
            return texts.format("journal.field.notANumber", measure.name(), e.getMessage(),
                    DayRules.allowedRange(measure));
        }
    }

    public Measure measure() {
        return measure;
    }

    public StringProperty input() {
        return input;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding logged() {
        return logged;
    }

    /** The logged value, or empty when not logged. Only meaningful while {@link #problem()} is empty. */
    public Optional<Double> value() {
        return DayRules.parseNumber(input.get());
    }

    /** The input as {@link #setValue} would write it ("6,5" becomes "6.5"), or as typed when it is not a number. */
    public String normalizedInput() {
        try {
            return value().map(Scale::format).orElse("");
        } catch (NumberFormatException notANumber) {
            return input.get();
        }
    }

    public void setValue(Double value) {
        input.set(value == null ? "" : Scale.format(value));
    }

    public void clear() {
        input.set("");
    }

    /** Moves the value one step up or down within the scale; an unlogged field starts from the scale's minimum. */
    public void step(int direction) {
        if (!problem.get().isEmpty()) {
            return;
        }
        Scale scale = measure.scale();
        double next = value().map(current -> current + direction * scale.step()).orElse(scale.min());
        setValue(Math.clamp(next, scale.min(), scale.max()));
    }
}
