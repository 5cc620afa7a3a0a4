package app.gutlog.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.ui.AppUiTest;
import app.gutlog.ui.LayoutChecks;
import app.gutlog.ui.shared.TextSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * At the largest text size in a small window, no text on the Insights page is cut short with an ellipsis, on any of
 * its tabs, and the timeline shows its last date whole.
 */
class InsightsTextSizeTest extends AppUiTest {

    @Test
    void noTextIsTruncatedAt150PercentIn1024By640() throws Exception {
        Path journal = temp.resolve("demo.db");
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(200, 5);
        }
        startSized(journal, TextSize.HUGE, 1024, 640);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitUntilSeen("cards in #insights-cards", () -> lookup("#insights-cards").queryAs(VBox.class).getChildren().stream()
                .map(Node::getId).toList(), cards -> !cards.isEmpty());

        List<String> truncated = new ArrayList<>();
        TabPane tabs = lookup("#insights-charts").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            interact(() -> tabs.getSelectionModel().select(tab));
            waitUntilHidden("#insights-busy");
            truncated.addAll(LayoutChecks.truncatedTexts(lookup("#insights-page").query()).stream()
                    .map(text -> tab.getText() + ": " + text).toList());
        }
        assertThat(truncated).isEmpty();
        assertLastDateIsWhole(lookup("#timeline-chart").queryAs(TimelineChart.class));
    }

    private static void assertLastDateIsWhole(TimelineChart timeline) {
        NumberAxis time = (NumberAxis) timeline.getXAxis();
        Text last = LayoutChecks.lastTickLabel(time);
        assertThat(last.getText()).isEqualTo(time.getTickLabelFormatter().toString(time.getUpperBound()));
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(timeline.localToScene(timeline.getLayoutBounds()).getMaxX());
    }
}
