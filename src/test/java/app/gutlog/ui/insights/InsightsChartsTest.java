package app.gutlog.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.ui.insights.InsightsViewModel.DosePoint;
import app.gutlog.ui.shared.BurdenBand;
import app.gutlog.ui.shared.OutcomeAxis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Insights charts on their own: where the dose chart's amounts start, the legend entry of the timeline's bars, the
 * outcome axis fitted to the data, and the calendar's colours, labels and squares.
 */
@Tag("ui")
class InsightsChartsTest extends FxRobot {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final Measure ALCOHOL = new Measure("alcohol", "Alcohol", MeasureKind.RISK_FACTOR,
            MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.COUNT, "drinks", ExposureRule.ANY_AMOUNT, null, true, false);

    private Stage stage;
    private final StackPane holder = new StackPane();

    @BeforeEach
    void showAnEmptyWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            Scene scene = new Scene(holder);
            scene.getStylesheets().add(InsightsController.class.getResource("insights.css").toExternalForm());
            stage.setScene(scene);
            stage.setWidth(700);
            stage.setHeight(500);
            stage.show();
        });
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(Node chart) {
        interact(() -> holder.getChildren().setAll(chart));
    }

    @Test
    void amountsOfNoneOrMoreStartTheDoseAxisAtZero() {
        DoseChart dose = new DoseChart();
        show(dose);
        NumberAxis amounts = (NumberAxis) dose.getXAxis();

        interact(() -> dose.show(points(0, 1, 2, 4), List.of("Alcohol (drinks)"), List.of("Bloating")));
        assertThat(amounts.getLowerBound()).isZero();

        interact(() -> dose.show(points(3, 5), List.of("Alcohol (drinks)"), List.of("Bloating")));
        assertThat(amounts.getLowerBound()).isEqualTo(2);

        interact(() -> dose.show(points(-2, 1), List.of("Change"), List.of("Bloating")));
        assertThat(amounts.getLowerBound()).isNegative();
    }

    private static List<DosePoint> points(double... amounts) {
        return Arrays.stream(amounts).mapToObj(amount -> new DosePoint(amount, 3, 1)).toList();
    }

    @Test
    void theTimelinesLegendNamesTheBarsByTheirFactor() {
        TimelineChart timeline = new TimelineChart();
        show(timeline);
        DailySeries outcome = series(90, day -> day % 10);
        Factor alcohol = new Factor(ALCOHOL, 90, 30, series(90, day -> day % 3), null);

        interact(() -> timeline.show(outcome, outcome, alcohol, "Bloating"));
        assertThat(legendTexts(timeline)).containsExactly("Bloating, daily", "7-day mean", "Alcohol: any amount");

        interact(() -> timeline.show(outcome, outcome, null, "Bloating"));
        assertThat(legendTexts(timeline)).containsExactly("Bloating, daily", "7-day mean");
    }

    private static List<String> legendTexts(Parent chart) {
        return chart.lookupAll(".chart-legend-item").stream().map(item -> ((Label) item).getText()).toList();
    }

    @Test
    void theOutcomeAxisShowsTheWholeScaleUnlessItIsToFitTheData() {
        TimelineChart timeline = new TimelineChart();
        show(timeline);
        DailySeries outcome = series(60, day -> day % 7 == 0 ? Double.NaN : 2.5 + day % 3);
        NumberAxis level = timeline.outcomeAxis().axis();

        interact(() -> timeline.show(outcome, outcome, null, "Bloating"));
        assertThat(List.of(level.getLowerBound(), level.getUpperBound())).containsExactly(0.0, 10.0);

        interact(() -> timeline.outcomeAxis().fitToDataProperty().set(true));
        assertThat(List.of(level.getLowerBound(), level.getUpperBound())).containsExactly(2.0, 5.0);
        assertThat(level.getTickUnit()).isEqualTo(1);

        interact(() -> timeline.outcomeAxis().fitToDataProperty().set(false));
        assertThat(List.of(level.getLowerBound(), level.getUpperBound())).containsExactly(0.0, 10.0);
    }

    @Test
    void aFittedAxisSpansAtLeastTwoWholeNumbersOnTheScale() {
        assertThat(OutcomeAxis.fitted(0, 0)).isEqualTo(new OutcomeAxis.Range(0, 2));
        assertThat(OutcomeAxis.fitted(10, 10)).isEqualTo(new OutcomeAxis.Range(8, 10));
        assertThat(OutcomeAxis.fitted(4.2, 4.8)).isEqualTo(new OutcomeAxis.Range(3, 5));
        assertThat(OutcomeAxis.fitted(1.2, 3.9)).isEqualTo(new OutcomeAxis.Range(1, 4));
    }

    @Test
    void theCalendarIsWarmerForWorseDaysInTheHistoryCalendarsBands() {
        List<Color> bands = IntStream.of(1, 3, 5, 7, 9).mapToObj(CalendarHeatMap::colourOf).toList();
        List<Double> warmth = bands.stream().map(colour -> colour.getRed() - colour.getGreen()).toList();

        assertThat(warmth).isSorted().doesNotHaveDuplicates();
        assertThat(luminance(bands.getLast())).isLessThan(luminance(bands.getFirst()));
        assertThat(CalendarHeatMap.colourOf(0)).isEqualTo(Color.web("#d7f0dd"));
        assertThat(CalendarHeatMap.colourOf(8)).isEqualTo(Color.web("#f2a7a7"));
        assertThat(CalendarHeatMap.bandOf(1.99)).isEqualTo(BurdenBand.LOW);
        assertThat(CalendarHeatMap.bandOf(8)).isEqualTo(BurdenBand.SEVERE);
    }

    private static double luminance(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }

    @Test
    void theCalendarNamesItsMonthsAndWeekdaysInThePersonsLanguageWithSquaresOfAtLeast14Pixels() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            CalendarHeatMap heatMap = new CalendarHeatMap();
            show(heatMap);
            interact(() -> stage.setWidth(420));
            interact(() -> heatMap.show(series(365, day -> day % 11)));

            assertThat(heatMap.weekdayLabels()).hasSize(7)
                    .startsWith(DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT, Locale.GERMANY))
                    .endsWith(DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT, Locale.GERMANY))
                    .doesNotContain("Mon");
            assertThat(heatMap.monthLabels()).startsWith("Jan.", "Feb.", "März").contains("Dez.");
            assertThat(heatMap.cellSize()).isGreaterThanOrEqualTo(CalendarHeatMap.MIN_CELL);
            assertThat(heatMap.getHeight()).isGreaterThan(2 * 7 * CalendarHeatMap.MIN_CELL);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static DailySeries series(int days, IntToDoubleFunction value) {
        return new DailySeries(FIRST, IntStream.range(0, days).mapToDouble(value).toArray());
    }
}
