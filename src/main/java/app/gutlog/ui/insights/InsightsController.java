package app.gutlog.ui.insights;

import app.gutlog.domain.InsightsReport.Completeness;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Outcome;
import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.OutcomeChoice;
import app.gutlog.ui.insights.InsightsViewModel.RangeChoice;
import app.gutlog.ui.insights.PageRedraw.ChartInput;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.FlowRow;
import app.gutlog.ui.shared.FlowWidth;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** Binds the Insights view: the choosers, the factor cards and the five charts. */
public final class InsightsController {

    private final InsightsViewModel model;
    private final Navigator navigator;
    private final Texts texts = Texts.of(InsightsController.class);
    private final TimelineChart timeline = new TimelineChart();
    private final ForestChart forest = new ForestChart();
    private final DoseChart dose = new DoseChart();
    private final CalendarHeatMap heatMap = new CalendarHeatMap();
    private PageRedraw pageRedraw;

    @FXML private FlowRow lagRow;
    @FXML private ComboBox<OutcomeChoice> outcomeChoice;
    @FXML private ComboBox<RangeChoice> rangeChoice;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private SegmentedButton lagButtons;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private VBox computingPlaceholder;
    @FXML private Label summaryLabel;
    @FXML private Label statusLabel;
    @FXML private SplitPane content;
    @FXML private TabPane chartTabs;
    @FXML private VBox cardsBox;
    @FXML private HBox timelineFactorRow;
    @FXML private ComboBox<Factor> timelineFactor;
    @FXML private Label timelineRule;
    @FXML private CheckBox timelineFit;
    @FXML private StackPane timelineHolder;
    @FXML private Label forestTitle;
    @FXML private StackPane forestHolder;
    @FXML private HBox doseFactorRow;
    @FXML private ComboBox<Factor> doseFactor;
    @FXML private CheckBox doseFit;
    @FXML private Label doseSummary;
    @FXML private StackPane doseHolder;
    @FXML private StackPane heatHolder;
    @FXML private TableView<Completeness> completenessTable;
    @FXML private TableColumn<Completeness, String> completenessName;
    @FXML private TableColumn<Completeness, String> completenessDays;
    @FXML private TableColumn<Completeness, Double> completenessShare;

    public InsightsController(InsightsViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        timeline.setId("timeline-chart");
        forest.setId("forest-chart");
        dose.setId("dose-chart");
        heatMap.setId("heat-map");
        timelineHolder.getChildren().add(timeline);
        forestHolder.getChildren().add(forest);
        doseHolder.getChildren().add(dose);
        heatHolder.getChildren().add(heatMap);

        // each in a flow pane of its own; no wider than that, so that the page does not scroll sideways
        List.of(lagRow, timelineFactorRow, doseFactorRow).forEach(FlowWidth::noWiderThanParent);
        bindChoosers();
        bindStatus();
        bindFactorChoosers();
        bindFitToData();
        CompletenessTable.bind(completenessTable, completenessName, completenessDays, completenessShare,
                this::daysInRange, summaryLabel.fontProperty());
        pageRedraw = new PageRedraw(model, cardsBox, chartTabs,
                () -> new FactorCardView(navigator, model.chosenFactor()::set), this::drawChart);
        model.cards().addListener((ListChangeListener<FactorCard>) change -> redraw());
        model.report().addListener((observable, before, now) -> redraw());
        model.lag().addListener((observable, before, now) -> redraw());
        chartTabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> redraw());
    }

    private void bindChoosers() {
        outcomeChoice.setItems(model.outcomeChoices());
        outcomeChoice.setCellFactory(list -> new OutcomeCell());
        outcomeChoice.valueProperty().bindBidirectional(model.outcome());
        rangeChoice.getItems().setAll(RangeChoice.values());
        rangeChoice.valueProperty().bindBidirectional(model.range());
        fromPicker.valueProperty().bindBidirectional(model.customFrom());
        toPicker.valueProperty().bindBidirectional(model.customTo());
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.visibleProperty().bind(model.range().isEqualTo(RangeChoice.CUSTOM));
            picker.managedProperty().bind(picker.visibleProperty());
        }
        for (int lag = 0; lag < lagButtons.getButtons().size(); lag++) {
            lagButtons.getButtons().get(lag).setUserData(lag);
        }
        selectLag(model.lag().get());
        model.lag().addListener((observable, before, now) -> selectLag(now.intValue()));
        lagButtons.getToggleGroup().selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                selectLag(model.lag().get()); // one lag is always chosen
            } else {
                model.lag().set((Integer) now.getUserData());
            }
        });
    }

    private void selectLag(int lag) {
        for (Toggle button : lagButtons.getButtons()) {
            button.setSelected(Integer.valueOf(lag).equals(button.getUserData()));
        }
    }

    private void bindStatus() {
        busyIndicator.visibleProperty().bind(model.busy());
        summaryLabel.textProperty().bind(model.summary());
        statusLabel.textProperty().bind(model.status());
        statusLabel.visibleProperty().bind(model.status().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        content.visibleProperty().bind(model.journalEmpty().not().and(model.report().isNotNull()));
        content.managedProperty().bind(content.visibleProperty());
        computingPlaceholder.visibleProperty().bind(model.report().isNull().and(model.busy()));
        computingPlaceholder.managedProperty().bind(computingPlaceholder.visibleProperty());
    }

    private void bindFactorChoosers() {
        StringConverter<Factor> byName = new StringConverter<>() {
            @Override
            public String toString(Factor factor) {
                return factor == null ? "" : factor.measure().name();
            }

            @Override
            public Factor fromString(String name) {
                return null;
            }
        };
        for (ComboBox<Factor> chooser : List.of(timelineFactor, doseFactor)) {
            chooser.setItems(model.factors());
            chooser.setConverter(byName);
            chooser.valueProperty().bindBidirectional(model.chosenFactor());
        }
        timelineRule.textProperty().bind(Bindings.createStringBinding(() -> model.chosenFactor().get() == null ? ""
                : texts.format("insights.timeline.rule",
                        model.chosenFactor().get().measure().exposureCondition()), model.chosenFactor()));
        model.chosenFactor().addListener((observable, before, now) -> redraw());
    }

    /** Both check boxes stand for one choice, which both outcome charts follow. */
    private void bindFitToData() {
        timelineFit.selectedProperty().bindBidirectional(model.fitToData());
        doseFit.selectedProperty().bindBidirectional(model.fitToData());
        timeline.outcomeAxis().fitToDataProperty().bind(model.fitToData());
        dose.outcomeAxis().fitToDataProperty().bind(model.fitToData());
    }

    private int daysInRange() {
        InsightsReport report = model.report().get();
        return report == null ? 0 : report.daysInRange();
    }

    private void redraw() {
        pageRedraw.redraw(content);
    }

    private void drawChart(String tabId, ChartInput input) {
        InsightsReport report = input.report();
        String outcomeName = outcomeName(report.outcome());
        String lagName = InsightsTexts.lagName(input.lag());
        switch (tabId) {
            case "tab-timeline" -> {
                timeline.setTitle(texts.format("insights.timeline.title", outcomeName));
                timeline.show(report.outcomeByDay(), report.weeklyMean(), input.factor(), outcomeName);
            }
            case "tab-effects" -> {
                forestTitle.setText(texts.format("insights.effects.title", lagName,
                        outcomeName.toLowerCase(Locale.ROOT), InsightsTexts.caveat()));
                forest.show(model.forestRows());
            }
            case "tab-dose" -> {
                dose.show(model.dosePoints(), amountTitles(input.factor()),
                        List.of(texts.format("insights.dose.outcomeAxis", outcomeName,
                                lagName.toLowerCase(Locale.ROOT)), outcomeName, texts.get("insights.scale.short")));
                doseSummary.setText(model.doseSummary());
            }
            case "tab-calendar" -> heatMap.show(report.outcomeByDay());
            case "tab-completeness" -> completenessTable.getItems().setAll(report.completeness());
            default -> throw new IllegalStateException("No chart for the tab " + tabId);
        }
    }

    private List<String> amountTitles(Factor factor) {
        return factor == null ? List.of("")
                : List.of(texts.format("insights.dose.amountAxis", factor.measure().name(),
                        factor.measure().unitOrScale()), factor.measure().name());
    }

    private String outcomeName(Outcome outcome) {
        return outcome instanceof Outcome.Burden ? texts.get("insights.outcome.burden")
                : model.outcome().get() == null ? outcome.code() : model.outcome().get().name();
    }

    /** Lets the outcome chooser take focus when the page opens. */
    void focusOutcome() {
        outcomeChoice.requestFocus();
    }

    /** An outcome in the chooser's list; one that no day has rated is shown muted. */
    private static final class OutcomeCell extends ListCell<OutcomeChoice> {
        @Override
        protected void updateItem(OutcomeChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
            getStyleClass().remove("not-rated");
            if (!empty && choice != null && !choice.rated()) {
                getStyleClass().add("not-rated");
            }
        }
    }
}
