package app.gutlog.ui.exchange;

import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.text.Texts;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Binds the import dialog: choosing the file and the policy shows the dry run; Import writes it all or nothing. */
public final class ImportController {

    private final ImportViewModel model;
    private final Texts texts = Texts.of(ImportController.class);

    @FXML private TextField fileField;
    @FXML private RadioButton skipButton;
    @FXML private RadioButton overwriteButton;
    @FXML private RadioButton mergeButton;
    @FXML private CheckBox createMeasuresBox;
    @FXML private TextArea previewArea;

    private ImportController(ImportViewModel model) {
        this.model = model;
    }

    /** Shows the dialog. The pages take up what was imported through the journal's change signal. */
    public static void show(ImportViewModel model, Window owner) {
        ImportController controller = new ImportController(model);
        Texts texts = controller.texts;
        ButtonType importType = Dialogs.action(texts.get("exchange.import.action"));
        Dialog<ButtonType> dialog = Dialogs.create(controller, owner, texts.get("exchange.import.title"), importType);
        Dialogs.button(dialog, importType).disableProperty().bind(model.canImport().not());
        Dialogs.button(dialog, importType).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open until the import has finished, or says why it did not
            model.importNow(() -> {
                dialog.setResult(importType);
                dialog.close();
            });
        });
        dialog.show();
        model.refreshPreview();
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bindBidirectional(model.file());
        skipButton.setUserData(OnExisting.SKIP);
        overwriteButton.setUserData(OnExisting.OVERWRITE);
        mergeButton.setUserData(OnExisting.MERGE);
        for (RadioButton button : new RadioButton[] {skipButton, overwriteButton, mergeButton}) {
            button.setSelected(button.getUserData() == model.onExisting().get());
            button.selectedProperty().addListener((observable, before, now) -> {
                if (now) {
                    model.onExisting().set((OnExisting) button.getUserData());
                }
            });
        }
        createMeasuresBox.selectedProperty().bindBidirectional(model.createMeasures());
        previewArea.textProperty().bind(model.preview());
    }

    @FXML
    private void chooseFile() {
        Dialogs.choose(fileField, texts.get("exchange.import.title"), texts.get("exchange.file.csv"), "csv", false,
                model::startFolder);
    }
}
