package app.gutlog.ui.trials;

import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogButtons;
import app.gutlog.ui.shared.Views;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * The dialog that defines a new trial or changes a saved one; the service checks it and names every problem. The
 * measures to avoid or add are picked from lists of names. Its form scrolls when the dialog, at a large text size,
 * would be taller than the screen.
 */
public final class TrialDialogController {

    private final TrialsViewModel model;
    /** The trial being changed, or null for a new one. */
    private final Trial editing;
    private final Texts texts = Texts.of(TrialDialogController.class);

    @FXML private TextField nameField;
    @FXML private ComboBox<Trial.Protocol> protocolChoice;
    @FXML private CheckListView<Measure> avoidList;
    @FXML private CheckListView<Measure> addList;
    @FXML private Label avoidChosen;
    @FXML private Label addChosen;
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

    private TrialDialogController(TrialsViewModel model, Trial editing) {
        this.model = model;
        this.editing = editing;
    }

    /** Shows the dialog for a new trial. */
    static void showNew(TrialsViewModel model, Window owner) {
        Texts texts = Texts.of(TrialDialogController.class);
        show(new TrialDialogController(model, null), owner, "new-trial-dialog", texts.get("trials.dialog.new.title"),
                texts.get("trials.dialog.new.header"), texts.get("trials.dialog.new.action"));
    }

    /** Shows the dialog for changing {@code trial}, filled in with it. */
    static void showEdit(TrialsViewModel model, Trial trial, Window owner) {
        Texts texts = Texts.of(TrialDialogController.class);
        show(new TrialDialogController(model, trial), owner, "edit-trial-dialog", texts.get("trials.dialog.edit.title"),
                texts.format("trials.dialog.edit.header", trial.name()), texts.get("trials.dialog.edit.action"));
    }

    private static void show(TrialDialogController controller, Window owner, String id, String title, String header,
            String actionLabel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = (DialogPane) Views.load(controller);
        pane.setId(id);
        pane.setHeaderText(header);
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(action, ButtonType.CANCEL);
        DialogButtons.keepLabels(pane);
        dialog.setDialogPane(pane);
        ((Button) pane.lookupButton(action)).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open until the trial is saved, or says why not
            controller.save(() -> {
                dialog.setResult(action);
                dialog.close();
            });
        });
        dialog.setOnShown(event -> keepOnScreen(pane.getScene().getWindow()));
        dialog.show();
    }

    private void save(Runnable closeDialog) {
        Integer baselineDays;
        try {
            baselineDays = baselineDays();
        } catch (NumberFormatException e) {
            problemLabel.setText(texts.get("trials.dialog.baselineDays.invalid"));
            return;
        }
        if (coeliacBox.isVisible() && !coeliacConfirmed.isSelected()) {
            problemLabel.setText(texts.get("trials.dialog.coeliac.unconfirmed"));
            return;
        }
        model.save(trial(), baselineDays, closeDialog, problemLabel::setText);
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
        protocolChoice.setConverter(converter(protocol -> protocol.label()));
        setUpMeasureList(avoidList, avoidChosen);
        setUpMeasureList(addList, addChosen);
        protocolChoice.valueProperty().addListener((observable, before, now) -> {
            check(avoidList, now.avoids());
            check(addList, now.adds());
            if (nameField.getText().isBlank() || before != null && nameField.getText().equals(before.label())) {
                nameField.setText(now.label());
            }
        });
        avoidList.getCheckModel().getCheckedItems()
                .addListener((ListChangeListener<Measure>) change -> showCoeliacNote());
        outcomeChoice.getItems().setAll(model.outcomes());
        outcomeChoice.setConverter(converter(model::outcomeName));
        baselinePicker.disableProperty().bind(baselineDaysField.textProperty().isNotEmpty());
        if (editing == null) {
            protocolChoice.setValue(Trial.Protocol.GLUTEN_FREE);
            outcomeChoice.setValue(Outcome.BURDEN);
            startPicker.setValue(model.today());
            endPicker.setValue(model.today().plusDays(27));
            baselinePicker.setValue(model.today().minusDays(28));
        } else {
            fillIn(editing);
        }
        showCoeliacNote();
    }

    private void fillIn(Trial trial) {
        protocolChoice.setValue(trial.protocol());
        nameField.setText(trial.name());
        check(avoidList, trial.avoid());
        check(addList, trial.add());
        outcomeChoice.setValue(trial.outcome());
        baselinePicker.setValue(trial.baselineFrom());
        startPicker.setValue(trial.start());
        endPicker.setValue(trial.end());
        reintroducePicker.setValue(trial.reintroduceUntil());
    }

    /** Fills a list of measures to tick, with a line under it that names the ticked ones, which may be scrolled away. */
    private void setUpMeasureList(CheckListView<Measure> list, Label chosen) {
        list.getItems().setAll(model.choosableMeasures());
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty, converter(Measure::name)));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Measure>) change -> chosen.setText(
                list.getCheckModel().getCheckedItems().isEmpty() ? texts.get("trials.dialog.noneTicked")
                        : texts.format("trials.dialog.ticked", texts.list(checkedNames(list)))));
        chosen.setText(texts.get("trials.dialog.noneTicked"));
    }

    private static List<String> checkedNames(CheckListView<Measure> list) {
        return list.getItems().stream().filter(measure -> list.getCheckModel().isChecked(measure))
                .map(Measure::name).toList();
    }

    private static void check(CheckListView<Measure> list, List<String> keys) {
        list.getCheckModel().clearChecks();
        list.getItems().stream().filter(measure -> keys.contains(measure.key()))
                .forEach(measure -> list.getCheckModel().check(measure));
        list.getItems().stream().filter(measure -> keys.contains(measure.key())).findFirst()
                .ifPresent(list::scrollTo);
    }

    private static List<String> checkedKeys(CheckListView<Measure> list) {
        return list.getItems().stream().filter(measure -> list.getCheckModel().isChecked(measure))
                .map(Measure::key).toList();
    }

    /**
     * A trial that starts avoiding gluten first says to test for coeliac disease, and is saved only once that is
     * ticked. A trial that already avoided gluten when it was set up does not ask again.
     */
    private void showCoeliacNote() {
        boolean alreadyAvoided = editing != null && editing.avoid().contains("gluten");
        Optional<String> note = alreadyAvoided ? Optional.empty() : model.beforeCuttingGluten(checkedKeys(avoidList));
        coeliacText.setText(note.orElse(""));
        coeliacBox.setVisible(note.isPresent());
        coeliacBox.setManaged(note.isPresent());
    }

    private Trial trial() {
        return new Trial(editing == null ? 0 : editing.id(), nameField.getText(), protocolChoice.getValue(),
                baselinePicker.getValue(), startPicker.getValue(), endPicker.getValue(), reintroducePicker.getValue(),
                outcomeChoice.getValue(), checkedKeys(avoidList), checkedKeys(addList));
    }

    /** The number typed for "or the last N logged days", or null when that box is empty. */
    private Integer baselineDays() {
        String text = baselineDaysField.getText().strip();
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }
}
