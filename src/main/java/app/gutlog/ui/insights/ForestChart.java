package app.gutlog.ui.insights;

import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.ForestRow;
import app.gutlog.ui.shared.AxisTitle;
import app.gutlog.ui.shared.Tooltips;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * A forest plot: each factor's difference in mean outcome (exposed minus unexposed days) as a point, its 95%
 * interval as a line through it, and a line at zero, where "no difference" lies. Rows are numbered on a number axis
 * whose labels are the factors' names, the strongest evidence at the top.
 */
final class ForestChart extends ScatterChart<Number, Number> {

    private final Map<XYChart.Data<Number, Number>, Line> intervals = new HashMap<>();
    private final Line zero = new Line();
    private final Texts texts = Texts.of(ForestChart.class);

    ForestChart() {
        super(new NumberAxis(), new NumberAxis());
        AxisTitle.fit(getXAxis(), texts.get("insights.effects.axis.long"), texts.get("insights.effects.axis.medium"),
                texts.get("insights.effects.axis.short"));
        NumberAxis rows = (NumberAxis) getYAxis();
        rows.setAutoRanging(false);
        rows.setTickUnit(1);
        rows.setMinorTickVisible(false);
        setAnimated(false);
        setLegendVisible(false);
        setVerticalGridLinesVisible(false);
        setHorizontalZeroLineVisible(false);
        getStyleClass().add("forest-chart");
        zero.getStyleClass().add("forest-zero");
        getPlotChildren().add(zero);
    }

    void show(List<ForestRow> rows) {
        getPlotChildren().removeAll(intervals.values());
        intervals.clear();
        List<String> labels = rows.stream().map(ForestRow::label).toList();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        double extent = 0.5;
        for (int i = 0; i < rows.size(); i++) {
            ForestRow row = rows.get(i);
            XYChart.Data<Number, Number> point = new XYChart.Data<>(row.difference(), rows.size() - 1 - i, row);
            Region marker = new Region();
            marker.getStyleClass().addAll("forest-point", row.notable() ? "notable" : "plain");
            Tooltips.install(marker, texts.format("insights.effects.point", row.label(),
                    InsightsTexts.signed(row.difference()), InsightsTexts.signed(row.low()),
                    InsightsTexts.signed(row.high())));
            point.setNode(Symbols.holding(marker));
            Line interval = new Line();
            interval.getStyleClass().addAll("forest-interval", row.notable() ? "notable" : "plain");
            intervals.put(point, interval);
            points.add(point);
            extent = Math.max(extent, Math.max(Math.abs(row.low()), Math.abs(row.high())));
        }
        NumberAxis difference = (NumberAxis) getXAxis();
        difference.setAutoRanging(false);
        double bound = Math.ceil(extent * 1.1 * 2) / 2;
        difference.setLowerBound(-bound);
        difference.setUpperBound(bound);
        difference.setTickUnit(bound <= 2 ? 0.5 : 1);
        NumberAxis rowAxis = (NumberAxis) getYAxis();
        rowAxis.setLowerBound(-1);
        rowAxis.setUpperBound(rows.size());
        // A new formatter makes the axis label its ticks again: the row numbers stay the same, the names do not.
        rowAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number row) {
                int index = labels.size() - 1 - (int) Math.round(row.doubleValue());
                return index >= 0 && index < labels.size() ? labels.get(index) : "";
            }

            @Override
            public Number fromString(String label) {
                throw new UnsupportedOperationException("the rows are not edited");
            }
        });
        getPlotChildren().addAll(0, intervals.values());
        getData().setAll(List.of(new XYChart.Series<>("Effects", FXCollections.observableArrayList(points))));
    }

    int rowsShown() {
        return intervals.size();
    }

    /** The row labels the axis draws, from the top down. */
    List<String> labelsShown() {
        NumberAxis rows = (NumberAxis) getYAxis();
        return rows.getTickMarks().stream()
                .filter(tick -> tick.isTextVisible())
                .sorted(Comparator.comparingDouble(tick -> tick.getPosition()))
                .map(tick -> rows.getTickLabelFormatter().toString(tick.getValue()))
                .filter(label -> !label.isEmpty())
                .toList();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis difference = (NumberAxis) getXAxis();
        NumberAxis rows = (NumberAxis) getYAxis();
        double x = difference.getDisplayPosition(0);
        zero.setStartX(x);
        zero.setEndX(x);
        zero.setStartY(0);
        zero.setEndY(rows.getHeight());
        intervals.forEach((point, line) -> {
            ForestRow row = (ForestRow) point.getExtraValue();
            double y = rows.getDisplayPosition(point.getYValue());
            line.setStartX(difference.getDisplayPosition(row.low()));
            line.setEndX(difference.getDisplayPosition(row.high()));
            line.setStartY(y);
            line.setEndY(y);
        });
    }
}
