package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The trial's chart on its own, at 150 % text: a day not logged is a gap in the line, the last day of the trial ends
 * the time axis and its date is whole, and the outcome axis can fit the data.
 */
@Tag("ui")
class TrialsPhaseChartTest extends FxRobot {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final Trial TRIAL = new Trial(0, "Gluten-free weeks", Trial.Protocol.GLUTEN_FREE,
            START.minusDays(7), START, START.plusDays(12), null, Outcome.BURDEN, List.of("gluten"), List.of());
    /** The baseline week and the trial's 13 days; NaN where the day was not logged. */
    private static final double[] OUTCOME = {
        4, 5, Double.NaN, 5, 6, 5, 4,
        4, 3, 3, Double.NaN, Double.NaN, 3, Double.NaN, 2, 2, 3, 2, 2, 2};

    private Stage stage;
    private PhaseChart chart;

    @BeforeEach
    void showTheChart() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            chart = new PhaseChart();
            StackPane root = new StackPane(chart);
            root.setStyle("-fx-font-size: 21px;");
            Scene scene = new Scene(root);
            scene.getStylesheets().add(PhaseChart.class.getResource("trials.css").toExternalForm());
            stage.setScene(scene);
            stage.setWidth(640);
            stage.setHeight(420);
            stage.show();
            chart.show(TRIAL, new DailySeries(TRIAL.baselineFrom(), OUTCOME));
        });
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void eachRunOfLoggedDaysIsALineOfItsOwn() {
        assertThat(chart.runsShown()).containsExactly(2, 7, 1, 6);
        assertThat(chart.runsShown().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) IntStream.range(0, OUTCOME.length).filter(day -> !Double.isNaN(OUTCOME[day])).count());
    }

    @Test
    void theTimeAxisEndsOnTheLastDayWhoseDateIsWhollyInside() {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        assertThat(time.getUpperBound()).isEqualTo(TRIAL.end().toEpochDay());

        Text last = time.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible())
                .map(node -> (Text) node)
                .filter(text -> !text.getText().isEmpty())
                .max(Comparator.comparingDouble(text -> sceneBounds(text).getMaxX()))
                .orElseThrow();
        assertThat(last.getText()).isEqualTo(DateTimeFormatter.ofPattern("d MMM yy").format(TRIAL.end()));
        assertThat(sceneBounds(last).getMaxX())
                .isLessThanOrEqualTo(chart.localToScene(chart.getLayoutBounds()).getMaxX());
    }

    @Test
    void theOutcomeAxisFitsTheDataWhenAsked() {
        NumberAxis level = chart.outcomeAxis().axis();
        assertThat(List.of(level.getLowerBound(), level.getUpperBound())).containsExactly(0.0, 10.0);

        interact(() -> chart.outcomeAxis().fitToDataProperty().set(true));

        assertThat(List.of(level.getLowerBound(), level.getUpperBound())).containsExactly(2.0, 6.0);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
