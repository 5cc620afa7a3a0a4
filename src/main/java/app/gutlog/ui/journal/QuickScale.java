package app.gutlog.ui.journal;

import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.FlowRow;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A short scale on the check-in (0–10, 1–5, 1–7, yes/no) as a row of values to click, and one focusable control that
 * a single key sets: a digit sets that value and moves on, + sets the top, Space toggles yes/no, Y and N answer it,
 * Backspace clears it back to "not logged", and the arrows step it or move between lines.
 */
final class QuickScale extends FlowRow {

    private final MeasureField field;
    private final CheckInKeys keys;
    private final List<ToggleButton> chips = new ArrayList<>();
    private final Texts texts = Texts.of(QuickScale.class);

    QuickScale(MeasureField field, CheckInKeys keys) {
        super(4, 4);
        this.field = field;
        this.keys = keys;
        getStyleClass().add("quick-scale");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText(field.measure().name());
        Scale scale = field.measure().scale();
        for (double value = scale.min(); value <= scale.max(); value += scale.step()) {
            chips.add(chip(value));
        }
        getChildren().setAll(chips);
        field.input().subscribe(this::showValue);
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private ToggleButton chip(double value) {
        boolean yesNo = field.measure().scale() == Scale.YES_NO;
        ToggleButton chip = new ToggleButton(
                yesNo ? (value == 1 ? texts.get("journal.yes") : texts.get("journal.no")) : Scale.format(value));
        chip.setUserData(value);
        chip.setFocusTraversable(false);
        chip.getStyleClass().add("quick-chip");
        chip.setOnAction(event -> {
            field.setValue(value);
            requestFocus();
        });
        return chip;
    }

    private void showValue() {
        Double value = field.problem().get().isEmpty() ? field.value().orElse(null) : null;
        chips.forEach(chip -> chip.setSelected(value != null && value.equals(chip.getUserData())));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        setAccessibleHelp(value == null ? texts.get("journal.notLogged.help") : Scale.format(value));
    }

    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        Scale scale = field.measure().scale();
        if (CheckInKeys.isRepeat(character)) {
            keys.repeatDayBefore(field);
        } else if (character.equals("+") || character.equals("=")) {
            setAndMoveOn(scale.max());
        } else if (scale == Scale.YES_NO && (character.equalsIgnoreCase("y") || character.equalsIgnoreCase("n"))) {
            setAndMoveOn(character.equalsIgnoreCase("y") ? 1 : 0);
        } else if (scale == Scale.YES_NO && character.equals(" ")) {
            field.setValue(field.value().orElse(0.0) == 1 ? 0.0 : 1.0);
        } else if (character.length() == 1 && Character.isDigit(character.charAt(0))
                && scale.accepts(character.charAt(0) - '0')) {
            setAndMoveOn(character.charAt(0) - '0');
        } else {
            return;
        }
        event.consume();
    }

    private void setAndMoveOn(double value) {
        field.setValue(value);
        keys.moveOn(field);
    }

    private void pressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER, DOWN -> keys.moveOn(field);
            case UP -> keys.moveBack(field);
            case BACK_SPACE, DELETE -> field.clear();
            case LEFT, RIGHT -> field.step(event.getCode() == KeyCode.RIGHT ? 1 : -1);
            default -> {
                return;
            }
        }
        event.consume();
    }
}
