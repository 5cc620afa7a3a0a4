package app.gutlog.ui.exchange;

import app.gutlog.app.ExchangeService.ExistingFile;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Binds the practitioner report dialog. */
public final class ReportController {

    private final ReportViewModel model;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField nameField;
    @FXML private CheckBox notesBox;
    @FXML private TextField fileField;

    private ReportController(ReportViewModel model) {
        this.model = model;
    }

    public static void show(ReportViewModel model, Window owner) {
        ReportController controller = new ReportController(model);
        ButtonType save = Dialogs.action("Save report");
        Dialog<ButtonType> dialog = Dialogs.create(controller, owner, "Practitioner report", save);
        Dialogs.button(dialog, save).disableProperty().bind(model.ready().not());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == save) {
                save(model, owner, ExistingFile.KEEP);
            }
        });
        dialog.show();
    }

    /** Saves the report; a file that is there already is replaced only once the person says so. */
    private static void save(ReportViewModel model, Window owner, ExistingFile existing) {
        model.save(existing, path -> Dialogs.tell(owner, "report-done", Alert.AlertType.INFORMATION, "Report saved",
                        "The report is in " + path + "."),
                message -> Dialogs.tell(owner, "report-failed", Alert.AlertType.ERROR, "The report was not saved",
                        message),
                file -> Dialogs.confirmReplace(owner, file, () -> save(model, owner, ExistingFile.REPLACE)));
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
        Dialogs.choose(fileField, "Practitioner report", "PDF files", "pdf", true);
    }
}
