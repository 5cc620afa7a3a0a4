package app.gutlog.ui.journal;

import app.gutlog.domain.BristolTypes;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SegmentedButton;

/**
 * The control that edits a measure on the day form, chosen by its scale: No and Yes buttons, a list of the Bristol
 * types, or a spinner for any other number. It is styled as logged, unlogged or invalid as the field changes. A
 * spinner's width is set in journal.css, in em, so that it grows with the text size; the list of types is as wide as
 * its widest type.
 */
final class MeasureControls {

    private MeasureControls() {}

    private static Texts texts() {
        return Texts.of(MeasureControls.class);
    }

    /** The control for {@code field}, named {@code field-<key>} after its measure. */
    static Control forField(MeasureField field) {
        Measure measure = field.measure();
        Control control = switch (measure.scale()) {
            case YES_NO -> yesNo(field);
            case BRISTOL -> bristol(field);
            default -> numberField(field);
        };
        control.setId("field-" + measure.key());
        control.setAccessibleText(measure.name());
        control.setMinWidth(Control.USE_PREF_SIZE);
        followState(control, field);
        return control;
    }

    private static void followState(Control control, MeasureField field) {
        Runnable restyle = () -> {
            control.getStyleClass().removeAll("logged", "unlogged", "invalid");
            control.getStyleClass().add(!field.problem().get().isEmpty() ? "invalid"
                    : field.logged().get() ? "logged" : "unlogged");
        };
        field.logged().addListener((observable, before, now) -> restyle.run());
        field.problem().addListener((observable, before, now) -> restyle.run());
        restyle.run();
    }

    /**
     * A spinner whose text is the field's input: typing logs a value, emptying it makes the measure unlogged again,
     * and the arrows (or the Up and Down keys) step within the scale.
     */
    private static Spinner<String> numberField(MeasureField field) {
        Spinner<String> spinner = new Spinner<>(new SpinnerValueFactory<>() {
            @Override
            public void decrement(int steps) {
                field.step(-steps);
            }

            @Override
            public void increment(int steps) {
                field.step(steps);
            }
        });
        spinner.setEditable(true);
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        TextField text = spinner.getEditor();
        text.setPromptText(texts().get("journal.notLogged"));
        text.textProperty().bindBidirectional(field.input());
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                field.step(event.getCode() == KeyCode.UP ? 1 : -1);
                text.end();
                event.consume();
            }
        });
        return spinner;
    }

    private static SegmentedButton yesNo(MeasureField field) {
        ToggleButton no = new ToggleButton(texts().get("journal.no"));
        ToggleButton yes = new ToggleButton(texts().get("journal.yes"));
        no.setUserData("0");
        yes.setUserData("1");
        no.setMinWidth(Control.USE_PREF_SIZE);
        yes.setMinWidth(Control.USE_PREF_SIZE);
        SegmentedButton buttons = new SegmentedButton(no, yes);
        Runnable showInput = () -> {
            no.setSelected("0".equals(field.input().get()));
            yes.setSelected("1".equals(field.input().get()));
        };
        field.input().addListener((observable, before, now) -> showInput.run());
        showInput.run();
        buttons.getToggleGroup().selectedToggleProperty().addListener((observable, before, now) ->
                field.input().set(now == null ? "" : (String) now.getUserData()));
        return buttons;
    }

    private static ComboBox<Integer> bristol(MeasureField field) {
        ComboBox<Integer> types = new ComboBox<>();
        types.getItems().setAll(BristolTypes.types());
        types.setPromptText(texts().get("journal.notLogged"));
        types.setCellFactory(list -> new BristolCell());
        types.setButtonCell(new BristolCell());
        chooseByKeys(types);
        Runnable showInput = () -> types.setValue(field.value().map(Double::intValue).orElse(null));
        field.input().addListener((observable, before, now) -> {
            if (field.problem().get().isEmpty()) {
                showInput.run();
            }
        });
        showInput.run();
        types.valueProperty().addListener((observable, before, now) ->
                field.setValue(now == null ? null : now.doubleValue()));
        return types;
    }

    /** Space opens the list of types (and closes it again), and typing a type's number chooses that type. */
    private static void chooseByKeys(ComboBox<Integer> types) {
        types.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && !event.isAltDown()) {
                event.consume();
                if (types.isShowing()) {
                    types.hide();
                } else {
                    types.show();
                }
            }
        });
        types.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                event.consume();
            }
        });
        types.addEventFilter(KeyEvent.KEY_TYPED, event -> BristolTypes.named(event.getCharacter()).ifPresent(type -> {
            event.consume();
            types.setValue(type);
            types.hide();
        }));
    }

    private static final class BristolCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty || type == null ? texts().get("journal.notLogged")
                    : texts().format("journal.bristol.type", type, BristolTypes.form(type)));
        }
    }
}
