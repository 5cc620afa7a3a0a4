package app.gutlog.ui.trials;

import app.gutlog.domain.TrialResult;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.SectionLink;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the Trials view. */
public final class TrialsController {

    private final TrialsViewModel model;
    private final Navigator navigator;
    private final PhaseChart chart = new PhaseChart();
    private final Texts texts = Texts.of(TrialsController.class);

    @FXML private ListView<TrialResult> trialList;
    @FXML private Label statusLabel;
    @FXML private VBox detailPane;
    @FXML private Label titleLabel;
    @FXML private Label targetLabel;
    @FXML private Label progressLabel;
    @FXML private Label setUpLabel;
    @FXML private Button endButton;
    @FXML private Label adherenceLabel;
    @FXML private Label resultLabel;
    @FXML private Label reintroductionLabel;
    @FXML private VBox sectionBox;
    @FXML private StackPane chartHolder;
    @FXML private CheckBox fitToData;

    public TrialsController(TrialsViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        chart.setId("phase-chart");
        chartHolder.getChildren().add(chart);
        chart.outcomeAxis().fitToDataProperty().bind(fitToData.selectedProperty());
        trialList.setItems(model.trials());
        trialList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TrialResult result, boolean empty) {
                super.updateItem(result, empty);
                setText(empty || result == null ? null : texts.format("trials.list.item", result.trial().name(),
                        result.trial().start(), result.trial().end()));
            }
        });
        trialList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now != model.selected().get()) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((observable, before, now) -> showSelected(now));
        model.outcomeByDay().addListener((observable, before, now) -> {
            if (now != null && model.selected().get() != null) {
                chart.show(model.selected().get().trial(), now);
            }
        });
        statusLabel.textProperty().bind(model.status());
        statusLabel.visibleProperty().bind(model.status().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        showSelected(null);
    }

    private void showSelected(TrialResult result) {
        detailPane.setVisible(result != null);
        if (result == null) {
            return;
        }
        trialList.getSelectionModel().select(result);
        titleLabel.setText(result.trial().name());
        targetLabel.setText(model.target(result.trial()));
        progressLabel.setText(model.progress(result));
        setUpLabel.setText(model.setUpNote(result.trial()));
        setUpLabel.setVisible(!setUpLabel.getText().isEmpty());
        setUpLabel.setManaged(setUpLabel.isVisible());
        endButton.setDisable(!model.canEndToday(result.trial()));
        adherenceLabel.setText(model.adherence(result));
        adherenceLabel.getStyleClass().removeAll("warning-text");
        if (result.poorAdherence()) {
            adherenceLabel.getStyleClass().add("warning-text");
        }
        resultLabel.setText(model.outcomeResult(result));
        reintroductionLabel.setText(model.reintroduction(result));
        sectionBox.getChildren().setAll(model.section(result.trial())
                .map(section -> SectionLink.toSection("trial-section", section, navigator))
                .stream().toList());
    }

    @FXML
    private void newTrial() {
        TrialDialogController.showNew(model, trialList.getScene().getWindow());
    }

    @FXML
    private void editTrial() {
        if (model.selected().get() != null) {
            TrialDialogController.showEdit(model, model.selected().get().trial(), trialList.getScene().getWindow());
        }
    }

    @FXML
    private void endTrial() {
        model.endSelected();
    }

    @FXML
    private void deleteTrial() {
        model.deleteSelected();
    }
}
