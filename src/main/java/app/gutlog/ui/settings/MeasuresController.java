package app.gutlog.ui.settings;

import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import app.gutlog.ui.checkin.CheckInChoiceDialog;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.shared.ColumnFit;
import app.gutlog.ui.shared.DataActions;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.SectionLink;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.util.StringConverter;

/** Binds the measures page: the table of measures and the form that adds one. */
public final class MeasuresController {

    private final MeasuresViewModel model;
    private final CheckInPlan checkIn;
    private final KnowledgeBase knowledge;
    private final Navigator navigator;
    private final DataActions data;
    private final Texts texts = Texts.of(MeasuresController.class);

    @FXML private TableView<Measure> table;
    @FXML private TableColumn<Measure, String> nameColumn;
    @FXML private TableColumn<Measure, String> keyColumn;
    @FXML private TableColumn<Measure, String> kindColumn;
    @FXML private TableColumn<Measure, String> groupColumn;
    @FXML private TableColumn<Measure, String> unitColumn;
    @FXML private TableColumn<Measure, String> statusColumn;
    @FXML private TableColumn<Measure, Measure> whyColumn;
    @FXML private Button renameButton;
    @FXML private Button archiveButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<MeasureKind> kindBox;
    @FXML private ComboBox<MeasureGroup> groupBox;
    @FXML private ComboBox<Scale> scaleBox;
    @FXML private TextField unitField;
    @FXML private TextField descriptionField;
    @FXML private Label statusText;
    @FXML private Label checkInSummary;

    public MeasuresController(MeasuresViewModel model, CheckInPlan checkIn, KnowledgeBase knowledge, Navigator navigator,
            DataActions data) {
        this.data = data;
        this.checkIn = checkIn;
        this.model = model;
        this.knowledge = knowledge;
        this.navigator = navigator;
    }

    @FXML
    private void chooseCheckIn() {
        CheckInChoiceDialog.show(table.getScene().getWindow(), checkIn);
    }

    @FXML
    private void backUpNow() {
        data.backUpNow();
    }

    @FXML
    private void restoreFromBackup() {
        data.restoreFromBackup();
    }

    @FXML
    private void deleteAllData() {
        data.deleteAllData();
    }

    @FXML
    private void initialize() {
        checkInSummary.textProperty().bind(Bindings.createStringBinding(this::checkInText, checkIn.keys()));
        table.setItems(model.measures());
        column(nameColumn, Measure::name);
        column(keyColumn, Measure::key);
        column(kindColumn, measure -> measure.kind().label());
        column(groupColumn, measure -> measure.group().label());
        column(unitColumn, Measure::unitOrScale);
        column(statusColumn, measure -> texts.get(measure.archived() ? "settings.status.archived"
                : measure.builtIn() ? "settings.status.builtIn" : "settings.status.custom"));
        whyColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue()));
        whyColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Measure measure, boolean empty) {
                super.updateItem(measure, empty);
                setGraphic(empty || measure == null ? null : knowledge.whyMeasure(measure.key())
                        .map(why -> SectionLink.create("why-" + measure.key(), measure.name(), why, knowledge, navigator))
                        .orElse(null));
            }
        });
        table.setPlaceholder(new Label(texts.get("settings.table.reading")));
        ColumnFit.keepTextWhole(table);

        var selected = table.getSelectionModel().selectedItemProperty();
        renameButton.disableProperty().bind(selected.isNull());
        archiveButton.disableProperty().bind(selected.isNull());
        selected.addListener((observable, before, now) ->
                archiveButton.setText(texts.get(now != null && now.archived() ? "settings.unarchive"
                        : "settings.archive")));

        nameField.textProperty().bindBidirectional(model.newName());
        unitField.textProperty().bindBidirectional(model.newUnit());
        descriptionField.textProperty().bindBidirectional(model.newDescription());
        choices(kindBox, List.of(MeasureKind.values()), MeasureKind::label, model.newKind());
        choices(groupBox, List.of(MeasureGroup.values()).subList(0, MeasureGroup.values().length - 1),
                MeasureGroup::label, model.newGroup());
        choices(scaleBox, MeasuresViewModel.choosableScales(), Scale::describe, model.newScale());
        statusText.textProperty().bind(model.status());
    }

    private static void column(TableColumn<Measure, String> column, Function<Measure, String> value) {
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    }

    private static <T> void choices(ComboBox<T> box, List<T> items, Function<T, String> label,
            javafx.beans.property.Property<T> selection) {
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(item -> label.apply(item).equals(text)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(selection);
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void rename() {
        Measure measure = table.getSelectionModel().getSelectedItem();
        TextInputDialog ask = new TextInputDialog(measure.name());
        ask.initOwner(table.getScene().getWindow());
        ask.setTitle(texts.get("settings.renameDialog.title"));
        ask.setHeaderText(texts.format("settings.renameDialog.header", measure.name()));
        ask.setContentText(texts.format("settings.renameDialog.label", measure.key()));
        ask.getDialogPane().setId("rename-dialog");
        ask.showAndWait()
                .filter(name -> !name.isBlank())
                .ifPresent(name -> model.rename(measure, name, measure.description()));
    }

    @FXML
    private void toggleArchived() {
        Measure measure = table.getSelectionModel().getSelectedItem();
        model.setArchived(measure, !measure.archived());
    }

    private String checkInText() {
        int count = checkIn.keys().size();
        return count == 0 ? texts.get("settings.checkIn.none") : texts.format("settings.checkIn.count", count);
    }
}
