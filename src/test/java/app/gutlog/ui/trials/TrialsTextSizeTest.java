package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.ui.AppUiTest;
import app.gutlog.ui.LayoutChecks;
import app.gutlog.ui.shared.TextSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the largest text size in a small window, the Trials page and the new-trial dialog show every text whole, the
 * chart shows its last date whole, and the dialog fits on the screen.
 */
class TrialsTextSizeTest extends AppUiTest {

    private void openTrialsAt150PercentIn1024By640(Path journal) throws Exception {
        startSized(journal, TextSize.HUGE, 1024, 640);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
    }

    @Test
    void theNewTrialDialogFitsAt150Percent() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(60, 2);
        }
        openTrialsAt150PercentIn1024By640(journal);
        waitUntilVisible("#trials-status");
        clickOn("#new-trial-button");
        waitUntilVisible("#new-trial-dialog");
        DialogPane dialog = lookup("#new-trial-dialog").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(LayoutChecks.truncatedTexts(dialog)).isEmpty();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getScene().getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(dialog.getScene().getWidth()).isLessThanOrEqualTo(screen.getWidth());
    }

    @Test
    void aTrialsPageShowsEveryTextAndTheLastDateWholeAt150Percent() throws Exception {
        Path journal = temp.resolve("journal.db");
        LocalDate today = LocalDate.now();
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(120, 2);
            services.trials().add(new Trial(0, "Alcohol-free month", Trial.Protocol.ALCOHOL_FREE, today.minusDays(80),
                    today.minusDays(50), today.minusDays(20), null, Outcome.BURDEN, List.of("alcohol"), List.of()));
        }
        openTrialsAt150PercentIn1024By640(journal);
        PhaseChart chart = lookup("#phase-chart").queryAs(PhaseChart.class);
        record Drawn(int phases, List<Integer> runs) { }
        waitUntilSeen("#phase-chart to show 2 phases and its runs", () -> new Drawn(chart.phasesShown(), chart.runsShown()),
                drawn -> drawn.phases() == 2 && !drawn.runs().isEmpty());

        assertThat(LayoutChecks.truncatedTexts(lookup("#trials-page").query())).isEmpty();
        NumberAxis time = (NumberAxis) chart.getXAxis();
        Text last = LayoutChecks.lastTickLabel(time);
        assertThat(last.getText()).isEqualTo(time.getTickLabelFormatter().toString(today.minusDays(20).toEpochDay()));
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(chart.localToScene(chart.getLayoutBounds()).getMaxX());
    }
}
