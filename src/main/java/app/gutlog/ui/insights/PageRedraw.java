package app.gutlog.ui.insights;

import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.shared.Gradually;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * Brings the Insights page up to date one step per frame: first the cards that show something else now, then the chart
 * in view, which lays out and draws up to a few thousand days. A new report changes the cards, the factor and the
 * charts one after the other; each change starts again from what is on the page, so only the last one draws.
 */
final class PageRedraw {

    /** Card views filled in one step: a new view is a dozen nodes to style; one already there is only new text. */
    private static final int CARDS_PER_STEP = 2;

    /** What a tab's chart was drawn from: the very report and factor objects, and the lag. */
    record ChartInput(InsightsReport report, Factor factor, int lag) {
        boolean sameAs(ChartInput drawn) {
            return drawn != null && report == drawn.report && factor == drawn.factor && lag == drawn.lag;
        }
    }

    /** Draws the chart of one tab, by the tab's id. */
    @FunctionalInterface
    interface ChartDrawer {
        void draw(String tabId, ChartInput input);
    }

    private final InsightsViewModel model;
    private final VBox cardsBox;
    private final TabPane chartTabs;
    private final Supplier<FactorCardView> newCardView;
    private final ChartDrawer drawer;
    private final Map<Tab, ChartInput> drawnFrom = new HashMap<>();

    PageRedraw(InsightsViewModel model, VBox cardsBox, TabPane chartTabs, Supplier<FactorCardView> newCardView,
            ChartDrawer drawer) {
        this.model = model;
        this.cardsBox = cardsBox;
        this.chartTabs = chartTabs;
        this.newCardView = newCardView;
        this.drawer = drawer;
    }

    /** Starts bringing the page up to date; the steps of an earlier start that have not run yet are dropped. */
    void redraw(Node owner) {
        List<Runnable> steps = new ArrayList<>(cardSteps());
        steps.addAll(chartSteps());
        Gradually.run(owner, steps, 1, () -> {});
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
            cardsBox.getChildren().add(newCardView.get());
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
            drawer.draw(tab.getId(), input);
            drawnFrom.put(tab, input);
        });
    }
}
