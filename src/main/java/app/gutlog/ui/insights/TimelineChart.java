package app.gutlog.ui.insights;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.Downsampling;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.AxisTitle;
import app.gutlog.ui.shared.DateAxes;
import app.gutlog.ui.shared.OutcomeAxis;
import app.gutlog.ui.shared.TimeAxisTicks;
import app.gutlog.ui.shared.WrappingLegend;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Rectangle;

/**
 * The outcome day by day and its 7-day mean, with the chosen factor's exposed days as bars along the bottom of the
 * same time axis, named in the legend by the factor's exposure. Long ranges are thinned to the chart's width; there
 * are no symbols and no animation.
 */
final class TimelineChart extends LineChart<Number, Number> {

    private static final double BAR_BAND = 0.12;

    private final NumberAxis time;
    private final XYChart.Series<Number, Number> daily = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> weeklyMean = new XYChart.Series<>();
    /** Has no points: it is there for its legend entry, which names the bars. */
    private final XYChart.Series<Number, Number> exposureLegend = new XYChart.Series<>();
    private final OutcomeAxis outcomeAxis;
    private final Texts texts = Texts.of(TimelineChart.class);
    /** The exposure bars, beneath the lines; a redraw reuses them, so only added bars are styled anew. */
    private final Group bars = new Group();
    private List<Downsampling.Bar> barData = List.of();
    private DailySeries outcome;
    private DailySeries weekly;
    private Factor factor;
    private String outcomeName = "";
    private int drawnColumns = -1;

    TimelineChart() {
        this(new OutcomeAxis());
    }

    private TimelineChart(OutcomeAxis outcomeAxis) {
        super(DateAxes.create(), outcomeAxis.axis());
        time = (NumberAxis) getXAxis();
        this.outcomeAxis = outcomeAxis;
        AxisTitle.fit(outcomeAxis.axis(), texts.get("insights.scale.long"), texts.get("insights.scale.medium"),
                texts.get("insights.scale.short"));
        setCreateSymbols(false);
        setAnimated(false);
        getStyleClass().add("timeline-chart");
        getData().setAll(List.of(daily, weeklyMean));
        getPlotChildren().addFirst(bars);
        widthProperty().addListener((observable, before, now) -> redrawIfWidthChanged());
    }

    void show(DailySeries outcomeByDay, DailySeries weeklyMean, Factor exposure, String name) {
        outcome = outcomeByDay;
        weekly = weeklyMean;
        factor = exposure;
        outcomeName = name;
        drawnColumns = -1;
        redrawIfWidthChanged();
    }

    OutcomeAxis outcomeAxis() {
        return outcomeAxis;
    }

    /** The names in the legend, in order. */
    List<String> legendNames() {
        return getData().stream().map(XYChart.Series::getName).toList();
    }

    /** How many points each line holds now, for checking that long ranges are thinned. */
    int pointsDrawn() {
        return getData().stream().mapToInt(series -> series.getData().size()).sum();
    }

    /** How many exposure bars are drawn now. */
    int exposureBarsDrawn() {
        return bars.getChildren().size();
    }

    private int columns() {
        return Math.max((int) Math.round(getWidth()), 200);
    }

    private void redrawIfWidthChanged() {
        if (outcome == null || columns() == drawnColumns) {
            return;
        }
        drawnColumns = columns();
        long firstDay = outcome.first().toEpochDay();
        DateAxes.show(time, outcome.first(), outcome.date(Math.max(outcome.size() - 1, 0)));
        TimeAxisTicks.fit(time);
        daily.setName(texts.format("insights.timeline.daily", outcomeName));
        weeklyMean.setName(texts.get("insights.timeline.weeklyMean"));
        daily.getData().setAll(points(outcome, firstDay));
        weeklyMean.getData().setAll(points(weekly, firstDay));
        outcomeAxis.show(Arrays.stream(outcome.toArray()));
        showExposureInLegend();
        barData = factor == null ? List.of()
                : Downsampling.exposure(factor.amounts(), factor.measure().exposure(), drawnColumns);
        ObservableList<Node> shown = bars.getChildren();
        if (shown.size() > barData.size()) {
            shown.remove(barData.size(), shown.size());
        }
        while (shown.size() < barData.size()) {
            Rectangle rectangle = new Rectangle();
            rectangle.getStyleClass().add("exposure-bar");
            shown.add(rectangle);
        }
    }

    private void showExposureInLegend() {
        if (factor == null) {
            getData().remove(exposureLegend);
            return;
        }
        exposureLegend.setName(factor.measure().exposureText());
        if (!getData().contains(exposureLegend)) {
            getData().add(exposureLegend);
        }
    }

    private List<XYChart.Data<Number, Number>> points(DailySeries values, long firstDay) {
        return Downsampling.line(values, drawnColumns).stream()
                .map(point -> new XYChart.Data<Number, Number>(firstDay + point.day(), point.value()))
                .toList();
    }

    @Override
    protected void updateLegend() {
        setLegend(getData().isEmpty() ? null : WrappingLegend.of(getData()));
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis level = (NumberAxis) getYAxis();
        double bottom = level.getDisplayPosition(level.getLowerBound());
        double top = level.getDisplayPosition(level.getUpperBound());
        double band = (bottom - top) * BAR_BAND;
        for (int i = 0; i < barData.size(); i++) {
            Downsampling.Bar bar = barData.get(i);
            Rectangle rectangle = (Rectangle) bars.getChildren().get(i);
            long firstDay = outcome.first().toEpochDay() + bar.firstDay();
            double left = time.getDisplayPosition(firstDay);
            double right = time.getDisplayPosition(firstDay + bar.days());
            double height = Math.max(2, band * bar.exposedShare());
            rectangle.setX(left);
            rectangle.setWidth(Math.max(1, right - left - (bar.days() == 1 ? 1 : 0)));
            rectangle.setY(bottom - height);
            rectangle.setHeight(height);
        }
    }
}
