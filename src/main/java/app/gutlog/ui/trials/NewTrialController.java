package app.gutlog.ui.trials;

import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.ui.shared.DialogButtons;
import app.gutlog.ui.shared.Views;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dialog that defines a new trial; the service checks it and names every problem. Its form scrolls when the
 * dialog, at a large text size, would be taller than the screen.
 */
public final class NewTrialController {

    private final TrialsViewModel model;

    @FXML private TextField nameField;
    @FXML private ComboBox<Trial.Protocol> protocolChoice;
    @FXML private TextField avoidField;
    @FXML private TextField addField;
    @FXML private DatePicker baselinePicker;
    @FXML private TextField baselineDaysField;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private DatePicker reintroducePicker;
    @FXML private ComboBox<Outcome> outcomeChoice;
    @FXML private Label problemLabel;
    @FXML private VBox coeliacBox;
    @FXML private Label coeliacText;
    @FXML private CheckBox coeliacConfirmed;

    private NewTrialController(TrialsViewModel model) {
        this.model = model;
    }

    static void show(TrialsViewModel model, Window owner) {
        NewTrialController controller = new NewTrialController(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New trial");
        DialogPane pane = (DialogPane) Views.load(controller);
        ButtonType create = new ButtonType("Start trial", ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(create, ButtonType.CANCEL);
        DialogButtons.keepLabels(pane);
        dialog.setDialogPane(pane);
        ((Button) pane.lookupButton(create)).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open until the trial is saved, or says why not
            Integer baselineDays;
            try {
                baselineDays = controller.baselineDays();
            } catch (NumberFormatException e) {
                controller.problemLabel.setText("The number of baseline days must be a whole number, such as 14.");
                return;
            }
            if (controller.coeliacBox.isVisible() && !controller.coeliacConfirmed.isSelected()) {
                controller.problemLabel.setText("Read the note on coeliac testing above and tick the box first.");
                return;
            }
            model.create(controller.trial(), baselineDays, () -> {
                dialog.setResult(create);
                dialog.close();
            }, controller.problemLabel::setText);
        });
        dialog.setOnShown(event -> keepOnScreen(pane.getScene().getWindow()));
        dialog.show();
    }

    private static void keepOnScreen(Window window) {
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            window.setY(screen.getMinY());
            window.setHeight(screen.getHeight());
        }
    }

    @FXML
    private void initialize() {
        protocolChoice.getItems().setAll(Trial.Protocol.values());
        protocolChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Trial.Protocol protocol) {
                return protocol == null ? "" : protocol.label();
            }

            @Override
            public Trial.Protocol fromString(String text) {
                throw new UnsupportedOperationException("protocols are chosen, not typed");
            }
        });
        protocolChoice.valueProperty().addListener((observable, before, now) -> {
            avoidField.setText(String.join(", ", now.avoids()));
            addField.setText(String.join(", ", now.adds()));
            if (nameField.getText().isBlank() || before != null && nameField.getText().equals(before.label())) {
                nameField.setText(now.label());
            }
        });
        avoidField.textProperty().addListener((observable, before, now) -> showCoeliacNote());
        protocolChoice.setValue(Trial.Protocol.GLUTEN_FREE);
        showCoeliacNote();
        outcomeChoice.getItems().setAll(model.outcomes());
        outcomeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outcome outcome) {
                return outcome == null ? "" : model.outcomeName(outcome);
            }

            @Override
            public Outcome fromString(String text) {
                throw new UnsupportedOperationException("outcomes are chosen, not typed");
            }
        });
        outcomeChoice.setValue(Outcome.BURDEN);
        startPicker.setValue(model.today());
        endPicker.setValue(model.today().plusDays(27));
        baselinePicker.setValue(model.today().minusDays(28));
        baselinePicker.disableProperty().bind(baselineDaysField.textProperty().isNotEmpty());
    }

    /** A trial that avoids gluten first says to test for coeliac disease, and starts only once that is ticked. */
    private void showCoeliacNote() {
        Optional<String> note = model.beforeCuttingGluten(keys(avoidField.getText()));
        coeliacText.setText(note.orElse(""));
        coeliacBox.setVisible(note.isPresent());
        coeliacBox.setManaged(note.isPresent());
    }

    private Trial trial() {
        return new Trial(0, nameField.getText(), protocolChoice.getValue(), baselinePicker.getValue(),
                startPicker.getValue(), endPicker.getValue(), reintroducePicker.getValue(), outcomeChoice.getValue(),
                keys(avoidField.getText()), keys(addField.getText()));
    }

    /** The number typed for "or the last N logged days", or null when that box is empty. */
    private Integer baselineDays() {
        String text = baselineDaysField.getText().strip();
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static List<String> keys(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(key -> !key.isEmpty()).distinct().toList();
    }
}
