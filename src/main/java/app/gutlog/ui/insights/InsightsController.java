package app.gutlog.ui.insights;

import app.gutlog.domain.InsightsReport.Completeness;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Outcome;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.RangeChoice;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.Gradually;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** Binds the Insights view: the choosers, the factor cards and the five charts. */
public final class InsightsController {

    private final InsightsViewModel model;
    private final Navigator navigator;
    private final TimelineChart timeline = new TimelineChart();
    private final ForestChart forest = new ForestChart();
    private final DoseChart dose = new DoseChart();
    private final CalendarHeatMap heatMap = new CalendarHeatMap();
    private final Map<Tab, ChartInput> drawnFrom = new HashMap<>();

    @FXML private ComboBox<InsightsViewModel.OutcomeChoice> outcomeChoice;
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
    @FXML private ComboBox<Factor> timelineFactor;
    @FXML private Label timelineRule;
    @FXML private StackPane timelineHolder;
    @FXML private Label forestTitle;
    @FXML private StackPane forestHolder;
    @FXML private ComboBox<Factor> doseFactor;
    @FXML private Label doseSummary;
    @FXML private StackPane doseHolder;
    @FXML private HBox heatLegend;
    @FXML private StackPane heatHolder;
    @FXML private TableView<Completeness> completenessTable;
    @FXML private TableColumn<Completeness, String> completenessName;
    @FXML private TableColumn<Completeness, String> completenessDays;
    @FXML private TableColumn<Completeness, Double> completenessShare;

    /** Card views filled in one step: a new view is a dozen nodes to style; one already there is only new text. */
    private static final int CARDS_PER_STEP = 2;

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

        bindChoosers();
        bindStatus();
        bindFactorChoosers();
        bindCompleteness();
        buildHeatLegend();
        model.cards().addListener((ListChangeListener<FactorCard>) change -> redraw());
        model.report().addListener((observable, before, now) -> redraw());
        model.lag().addListener((observable, before, now) -> redraw());
        chartTabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> redraw());
    }

    private void bindChoosers() {
        outcomeChoice.setItems(model.outcomeChoices());
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
                : "(" + InsightsViewModel.exposureRule(model.chosenFactor().get().measure()) + ")", model.chosenFactor()));
        model.chosenFactor().addListener((observable, before, now) -> redraw());
    }

    private void bindCompleteness() {
        completenessName.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().measure().name()));
        completenessDays.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue().loggedDays() + " of " + daysInRange()));
        completenessShare.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                daysInRange() == 0 ? 0.0 : (double) row.getValue().loggedDays() / daysInRange()));
        completenessShare.setCellFactory(column -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Double share, boolean empty) {
                super.updateItem(share, empty);
                if (empty || share == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    bar.setProgress(share);
                    bar.setPrefWidth(110);
                    setGraphic(bar);
                    setText(String.format(Locale.ROOT, "%.0f%%", share * 100));
                }
            }
        });
        completenessTable.setPlaceholder(new Label("No measures to show."));
    }

    private int daysInRange() {
        InsightsReport report = model.report().get();
        return report == null ? 0 : report.daysInRange();
    }

    private void buildHeatLegend() {
        heatLegend.getChildren().add(new Label("0"));
        for (int value = 0; value <= 10; value += 2) {
            Region swatch = new Region();
            swatch.getStyleClass().add("heat-swatch");
            swatch.setBackground(Background.fill(CalendarHeatMap.colourOf(value)));
            heatLegend.getChildren().add(swatch);
        }
        Region unlogged = new Region();
        unlogged.getStyleClass().addAll("heat-swatch", "unlogged");
        heatLegend.getChildren().addAll(new Label("10"), new Label("   Not logged:"), unlogged);
    }

    /**
     * Brings the page up to date one step per frame: first the cards that show something else now, then the chart in
     * view, which lays out and draws up to a few thousand days. A new report changes the cards, the factor and the
     * charts one after the other; each change starts again from what is on the page, so only the last one draws.
     */
    private void redraw() {
        List<Runnable> steps = new ArrayList<>(cardSteps());
        steps.addAll(chartSteps());
        Gradually.run(content, steps, 1, () -> {});
    }

    /**
     * Steps that show the cards in the card views already on the page, in order, skipping views that show the same
     * card; views are added only when a report has more cards than any before it.
     */
    private List<Runnable> cardSteps() {
        List<FactorCard> cards = List.copyOf(model.cards());
        List<Runnable> steps = new ArrayList<>();
        List<Node> unused = cardsBox.getChildren().stream().skip(cards.size()).filter(Node::isVisible).toList();
        if (!unused.isEmpty()) {
            steps.add(() -> unused.forEach(view -> {
                view.setVisible(false);
                view.setManaged(false);
            }));
        }
        List<Integer> changed = IntStream.range(0, cards.size())
                .filter(index -> index >= cardsBox.getChildren().size() || !cardView(index).shows(cards.get(index)))
                .boxed()
                .toList();
        for (int first = 0; first < changed.size(); first += CARDS_PER_STEP) {
            List<Integer> batch = changed.subList(first, Math.min(first + CARDS_PER_STEP, changed.size()));
            steps.add(() -> batch.forEach(index -> showCard(index, cards.get(index))));
        }
        return steps;
    }

    private void showCard(int index, FactorCard card) {
        while (cardsBox.getChildren().size() <= index) {
            cardsBox.getChildren().add(new FactorCardView(navigator, model.chosenFactor()::set));
        }
        FactorCardView view = cardView(index);
        view.show(card);
        view.setVisible(true);
        view.setManaged(true);
    }

    private FactorCardView cardView(int index) {
        return (FactorCardView) cardsBox.getChildren().get(index);
    }

    /**
     * The step that draws the chart of the tab in view, unless it shows this report, factor and lag already. The
     * other tabs draw theirs when they are chosen: a chart out of view would be laid out and styled for nothing.
     */
    private List<Runnable> chartSteps() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        ChartInput input = new ChartInput(model.report().get(), model.shownFactor().orElse(null), model.lag().get());
        if (input.report() == null || tab == null || input.sameAs(drawnFrom.get(tab))) {
            return List.of();
        }
        return List.of(() -> {
            drawChart(tab.getId(), input);
            drawnFrom.put(tab, input);
        });
    }

    private void drawChart(String tabId, ChartInput input) {
        InsightsReport report = input.report();
        String outcomeName = outcomeName(report.outcome());
        String lagName = InsightsViewModel.LAG_NAMES[input.lag()];
        switch (tabId) {
            case "tab-timeline" -> {
                timeline.setTitle(outcomeName + " over time");
                timeline.show(report.outcomeByDay(), report.weeklyMean(), input.factor(), outcomeName);
            }
            case "tab-effects" -> {
                forestTitle.setText(lagName + ": " + outcomeName.toLowerCase(Locale.ROOT)
                        + " on days after exposure minus days after none. " + InsightsViewModel.CAVEAT);
                forest.show(model.forestRows());
            }
            case "tab-dose" -> {
                dose.show(model.dosePoints(), input.factor() == null ? ""
                        : input.factor().measure().name() + " (" + input.factor().measure().unitOrScale() + ")",
                        outcomeName + ", " + lagName.toLowerCase(Locale.ROOT));
                doseSummary.setText(model.doseSummary());
            }
            case "tab-calendar" -> heatMap.show(report.outcomeByDay());
            case "tab-completeness" -> completenessTable.getItems().setAll(report.completeness());
            default -> throw new IllegalStateException("No chart for the tab " + tabId);
        }
    }

    private String outcomeName(Outcome outcome) {
        return outcome instanceof Outcome.Burden ? "Symptom burden"
                : model.outcome().get() == null ? outcome.code() : model.outcome().get().label();
    }

    /** Lets the outcome chooser take focus when the page opens. */
    void focusOutcome() {
        outcomeChoice.requestFocus();
    }

    /** What a tab's chart was drawn from: the very report and factor objects, and the lag. */
    private record ChartInput(InsightsReport report, Factor factor, int lag) {
        boolean sameAs(ChartInput drawn) {
            return drawn != null && report == drawn.report && factor == drawn.factor && lag == drawn.lag;
        }
    }
}
