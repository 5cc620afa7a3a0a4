package app.gutlog.ui.exchange;

import app.gutlog.text.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Binds the practitioner report dialog. */
public final class ReportController {

    private final ReportViewModel model;
    private final Texts texts = Texts.of(ReportController.class);

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField nameField;
    @FXML private CheckBox notesBox;
    @FXML private TextField fileField;

    private ReportController(ReportViewModel model) {
        this.model = model;
    }

    /** Shows the dialog of a loaded {@code model}; on Save report the report is written in the background. */
    public static void show(ReportViewModel model, Window owner) {
        ReportController controller = new ReportController(model);
        Texts texts = controller.texts;
        ButtonType save = Dialogs.action(texts.get("exchange.report.action"));
        Dialog<ButtonType> dialog = Dialogs.create(controller, owner, texts.get("exchange.report.title"), save);
        Dialogs.button(dialog, save).disableProperty().bind(model.ready().not());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == save) {
                model.save();
            }
        });
        dialog.show();
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(model.from());
        toPicker.valueProperty().bindBidirectional(model.to());
        nameField.textProperty().bindBidirectional(model.name());
        notesBox.selectedProperty().bindBidirectional(model.includeNotes());
        fileField.textProperty().bindBidirectional(model.file());
    }

    @FXML
    private void chooseFile() {
        Dialogs.choose(fileField, texts.get("exchange.report.title"), texts.get("exchange.file.pdf"), "pdf", true,
                model::startFolder);
    }
}
