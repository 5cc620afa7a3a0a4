package app.gutlog.ui.exchange;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/** Binds the export dialog. */
public final class ExportController {

    private final ExportViewModel model;
    private final Texts texts = Texts.of(ExportController.class);

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private RadioButton wideButton;
    @FXML private RadioButton longButton;
    @FXML private CheckBox allMeasuresBox;
    @FXML private CheckListView<Measure> measureList;
    @FXML private ComboBox<Character> separatorChoice;
    @FXML private CheckBox bomBox;
    @FXML private TextField fileField;
    @FXML private Label problemLabel;

    private ExportController(ExportViewModel model) {
        this.model = model;
    }

    /** Shows the dialog of a loaded {@code model}; on Export the file is written in the background. */
    public static void show(ExportViewModel model, Window owner) {
        ExportController controller = new ExportController(model);
        Texts texts = controller.texts;
        ButtonType export = Dialogs.action(texts.get("exchange.export.action"));
        Dialog<ButtonType> dialog = Dialogs.create(controller, owner, texts.get("exchange.export.title"), export);
        Dialogs.button(dialog, export).disableProperty().bind(model.ready().not());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == export) {
                model.export();
            }
        });
        dialog.show();
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(model.from());
        toPicker.valueProperty().bindBidirectional(model.to());
        wideButton.setSelected(model.layout().get() == CsvOptions.Layout.WIDE);
        longButton.setSelected(model.layout().get() == CsvOptions.Layout.LONG);
        wideButton.selectedProperty().addListener((observable, before, now) -> {
            model.layout().set(now ? CsvOptions.Layout.WIDE : CsvOptions.Layout.LONG);
        });
        allMeasuresBox.selectedProperty().bindBidirectional(model.allMeasures());
        measureList.setItems(model.measures());
        StringConverter<Measure> byName = new StringConverter<>() {
            @Override
            public String toString(Measure measure) {
                return measure == null ? "" : texts.format("exchange.export.measure", measure.name(), measure.key());
            }

            @Override
            public Measure fromString(String text) {
                throw new UnsupportedOperationException("measures are chosen, not typed");
            }
        };
        measureList.setCellFactory(list -> new CheckBoxListCell<>(measureList::getItemBooleanProperty, byName));
        measureList.disableProperty().bind(model.allMeasures());
        measureList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Measure>) change ->
                model.chosen().setAll(measureList.getCheckModel().getCheckedItems()));
        separatorChoice.getItems().setAll(',', ';');
        separatorChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character separator) {
                return separator == null ? ""
                        : texts.get(separator == ',' ? "exchange.export.separator.comma"
                                : "exchange.export.separator.semicolon");
            }

            @Override
            public Character fromString(String text) {
                return text.contains(";") ? ';' : ',';
            }
        });
        separatorChoice.valueProperty().bindBidirectional(model.separator());
        bomBox.selectedProperty().bindBidirectional(model.byteOrderMark());
        fileField.textProperty().bindBidirectional(model.file());
        problemLabel.textProperty().bind(Bindings.createStringBinding(model::problem,
                model.ready()));
    }

    @FXML
    private void chooseFile() {
        Dialogs.choose(fileField, texts.get("exchange.export.title"), texts.get("exchange.file.csv"), "csv", true,
                model::startFolder);
    }
}
