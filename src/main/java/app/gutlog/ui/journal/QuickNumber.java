package app.gutlog.ui.journal;

import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/**
 * A number with a wide range on the check-in (servings, hours, minutes): a field to type it in, Enter to move on, and
 * a few common values to click.
 */
final class QuickNumber extends FlowPane {

    private final TextField input = new TextField();

    QuickNumber(MeasureField field, CheckInKeys keys) {
        super(4, 4);
        Texts texts = Texts.of(QuickNumber.class);
        getStyleClass().add("quick-number");
        input.setPrefColumnCount(8); // room for its prompt, "not logged"
        input.setMinWidth(USE_PREF_SIZE);
        input.setAccessibleText(field.measure().name());
        input.setPromptText(texts.get("journal.notLogged"));
        input.textProperty().bindBidirectional(field.input());
        input.setOnAction(event -> keys.moveOn(field));
        input.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (CheckInKeys.isRepeat(event.getCharacter())) {
                event.consume();
                keys.repeatDayBefore(field);
            }
        });
        input.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case DOWN -> keys.moveOn(field);
                case UP -> keys.moveBack(field);
                default -> {
                    return;
                }
            }
            event.consume();
        });
        getChildren().add(input);
        for (double value : commonValues(field.measure().scale())) {
            Button chip = new Button(Scale.format(value));
            chip.setFocusTraversable(false);
            chip.setMinWidth(USE_PREF_SIZE);
            chip.getStyleClass().add("quick-chip");
            chip.setOnAction(event -> {
                field.setValue(value);
                input.requestFocus();
            });
            getChildren().add(chip);
        }
    }

    TextField input() {
        return input;
    }

    private static List<Double> commonValues(Scale scale) {
        return switch (scale) {
            case COUNT -> List.of(0.0, 1.0, 2.0, 3.0);
            case HOURS -> List.of(5.0, 6.0, 7.0, 8.0, 9.0);
            case MINUTES -> List.of(0.0, 15.0, 30.0, 60.0);
            default -> List.of();
        };
    }
}
