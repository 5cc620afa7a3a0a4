package app.gutlog.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import app.gutlog.app.AppServices;
import app.gutlog.store.StoredDays;
import app.gutlog.ui.AppUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Drives the real Insights view on a demo journal: outcome, range and lag, a card's article link, the timeline's
 * legend, fitting the outcome axis to the data, and the demo.
 */
class InsightsViewTest extends AppUiTest {

    private Path demoJournal(int days) {
        Path file = temp.resolve("demo.db");
        try (AppServices services = AppServices.open(file)) {
            services.insights().createDemo(days, 5);
        }
        return file;
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private VBox cards() {
        return lookup("#insights-cards").queryAs(VBox.class);
    }

    /** The ids of the cards, in their order. */
    private List<String> cardIds() {
        return cards().getChildren().stream().map(Node::getId).toList();
    }

    private void openInsights(Path journal) throws Exception {
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitUntilSeen("cards in #insights-cards", this::cardIds, cards -> !cards.isEmpty());
    }

    private void chooseIn(String comboId, String item) throws Exception {
        clickOn(comboId);
        clickOn(lookup(".list-cell").match(hasText(item)).<Node>query());
        waitUntilHidden("#insights-busy");
    }

    @Test
    void switchingOutcomeRangeAndLagRecomputesCardsAndCharts() throws Exception {
        openInsights(demoJournal(400));
        assertThat(text("#insights-summary")).contains("of 90 days have a symptom rated");
        assertThat(lookup("#lag-1").queryAs(ToggleButton.class).isSelected()).isTrue();

        chooseIn("#insights-outcome", "Bloating");
        waitUntilTextContains("#insights-summary", "have bloating rated");
        assertThat(cards().getChildren().getFirst().getId()).isEqualTo("card-alcohol");
        assertThat(text("#card-alcohol-lag-1")).startsWith("+");
        assertThat(lookup("#card-alcohol-lag-1").query().getStyleClass()).contains("notable");
        assertThat(lookup("#card-alcohol").queryAs(VBox.class).getChildren())
                .anyMatch(node -> node instanceof javafx.scene.layout.HBox box && box.getChildren().stream()
                        .anyMatch(child -> child instanceof Label label
                                && label.getText().equals("Association, not proof of cause.")));

        chooseIn("#insights-range", "Last 30 days");
        waitUntilTextContains("#insights-summary", "of 30 days");

        clickOn(lookup(".tab-label").match(hasText("Effects")).<Node>query());
        clickOn("#lag-0");
        waitUntilTextStartsWith("#forest-title", "Same day: bloating");
        clickOn("#lag-2");
        waitUntilTextStartsWith("#forest-title", "2 days later: bloating");
        ForestChart forest = lookup("#forest-chart").queryAs(ForestChart.class);
        assertThat(forest.rowsShown()).isPositive();
        clickOn("#lag-1");
        record Rows(List<String> labels, int rows) { }
        waitUntilSeen("a label on every row of #forest-chart, Alcohol first",
                () -> new Rows(forest.labelsShown(), forest.rowsShown()),
                seen -> seen.labels().size() == seen.rows() && seen.labels().getFirst().equals("Alcohol"));

        chooseIn("#insights-range", "Everything");
        waitUntilTextContains("#insights-summary", "of 400 days");
        TimelineChart timeline = lookup("#timeline-chart").queryAs(TimelineChart.class);
        assertThat(timeline.getCreateSymbols()).isFalse();
        assertThat(timeline.getAnimated()).isFalse();
    }

    @Test
    void aCardsArticleLinkOpensItsSectionInLearn() throws Exception {
        openInsights(demoJournal(200));
        chooseIn("#insights-outcome", "Bloating");
        waitUntilSeen("card-alcohol first in #insights-cards", this::cardIds,
                cards -> "card-alcohol".equals(cards.getFirst()));
        clickOn("#card-alcohol-section");
        waitUntilTextContains("#section-heading", "NSAIDs or Alcohol");
        assertThat(lookup("#nav-learn").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void longRangesAreThinnedToThePixelWidth() throws Exception {
        openInsights(demoJournal(3650));
        chooseIn("#insights-range", "Everything");
        TimelineChart timeline = lookup("#timeline-chart").queryAs(TimelineChart.class);
        waitUntilTextContains("#insights-summary", "of 3650 days");
        waitUntilSeen("points drawn on #timeline-chart", timeline::pointsDrawn, points -> points > 0);
        // two lines, at most two points per pixel column each
        assertThat(timeline.pointsDrawn()).isLessThanOrEqualTo(4 * (int) Math.round(timeline.getWidth()))
                .isLessThan(2 * 3650);
        chooseIn("#timeline-factor", "NSAIDs");
        assertThat(text("#timeline-rule")).isEqualTo("(any amount)");
        assertThat(timeline.exposureBarsDrawn()).isPositive().isLessThanOrEqualTo((int) Math.round(timeline.getWidth()));
        waitUntilSeen("\"NSAIDs: any amount\" in the legend of #timeline-chart", timeline::legendNames,
                names -> names.contains("NSAIDs: any amount"));
        assertThat(timeline.lookupAll(".chart-legend-item")).extracting(item -> ((Label) item).getText())
                .contains("NSAIDs: any amount");
    }

    @Test
    void oneCheckBoxFitsTheOutcomeAxisOfBothChartsToTheData() throws Exception {
        openInsights(demoJournal(200));
        NumberAxis timelineLevel = lookup("#timeline-chart").queryAs(TimelineChart.class).outcomeAxis().axis();
        waitUntilSeen("points drawn on #timeline-chart",
                () -> lookup("#timeline-chart").queryAs(TimelineChart.class).pointsDrawn(), points -> points > 0);
        assertThat(timelineLevel.getUpperBound() - timelineLevel.getLowerBound()).isEqualTo(10);
        assertThat(lookup("#timeline-fit").queryAs(CheckBox.class).isSelected()).isFalse();

        clickOn("#timeline-fit");

        assertThat(timelineLevel.getUpperBound() - timelineLevel.getLowerBound()).isLessThan(10);
        interact(() -> lookup("#insights-charts").queryAs(TabPane.class).getSelectionModel().select(2));
        DoseChart dose = lookup("#dose-chart").queryAs(DoseChart.class);
        waitUntilSeen("points shown on #dose-chart", dose::pointsShown, points -> points > 0);
        assertThat(lookup("#dose-fit").queryAs(CheckBox.class).isSelected()).isTrue();
        NumberAxis doseLevel = dose.outcomeAxis().axis();
        assertThat(doseLevel.getUpperBound() - doseLevel.getLowerBound()).isLessThan(10);
        assertThat(((NumberAxis) dose.getXAxis()).getLowerBound()).isZero();
    }

    @Test
    void anEmptyJournalSaysWhatToDoAndTheDemoOpensInItsOwnWindowAndFile() throws Exception {
        Path journal = temp.resolve("journal.db");
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitUntilVisible("#insights-status");
        assertThat(text("#insights-status")).contains("no days yet", "Try with demo data");
        assertThat(lookup("#insights-content").query().isVisible()).isFalse();

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntilVisible("#try-demo-button");
        clickOn("#try-demo-button");
        waitUntilSeen("a #demo-banner visible", () -> lookup("#demo-banner").queryAll().stream()
                .map(banner -> banner.isVisible() ? "visible" : "hidden").toList(), banners -> banners.contains("visible"));
        Window demoWindow = Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && "GutLog — demo journal (made-up data)".equals(stage.getTitle()))
                .findFirst().orElseThrow();

        Path demo = journal.resolveSibling(app.gutlog.app.AppServices.DEMO_FILE_NAME);
        assertThat(Files.exists(demo)).isTrue();
        waitUntilSeen("the demo window's #overview-text to contain \" days logged, from \"",
                () -> from(demoWindow.getScene().getRoot()).lookup("#overview-text").tryQuery()
                        .map(node -> ((Label) node).getText()).orElse(null),
                text -> text != null && text.contains(" days logged, from "));
        assertThat(StoredDays.count(journal)).isZero();
        waitUntilSeen("icons on the demo window", () -> ((Stage) demoWindow).getIcons().size(), icons -> icons > 0);
        assertThat(((Stage) demoWindow).getIcons()).hasSize(6);
    }
}
