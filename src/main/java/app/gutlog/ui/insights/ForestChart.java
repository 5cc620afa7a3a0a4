package app.gutlog.ui.insights;

import app.gutlog.ui.insights.InsightsViewModel.ForestRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A forest plot: each factor's difference in mean outcome (exposed minus unexposed days) as a point, its 95%
 * interval as a line through it, and a line at zero, where "no difference" lies.
 */
final class ForestChart extends ScatterChart<Number, String> {

    private final Map<XYChart.Data<Number, String>, Line> intervals = new HashMap<>();
    private final Line zero = new Line();

    ForestChart() {
        super(new NumberAxis(), new CategoryAxis());
        getXAxis().setLabel("Difference in mean, with 95% CI");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("forest-chart");
        zero.getStyleClass().add("forest-zero");
        getPlotChildren().add(zero);
    }

    void show(List<ForestRow> rows) {
        getPlotChildren().removeAll(intervals.values());
        intervals.clear();
        List<XYChart.Data<Number, String>> points = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        double extent = 0.5;
        // The category axis draws its first category at the bottom; the strongest evidence belongs at the top.
        for (ForestRow row : rows.reversed()) {
            XYChart.Data<Number, String> point = new XYChart.Data<>(row.difference(), row.label(), row);
            Region marker = new Region();
            marker.getStyleClass().addAll("forest-point", row.notable() ? "notable" : "plain");
            Tooltip.install(marker, new Tooltip(String.format(java.util.Locale.ROOT, "%s: %+.2f (95%% CI %+.2f to %+.2f)",
                    row.label(), row.difference(), row.low(), row.high())));
            point.setNode(Symbols.holding(marker));
            Line interval = new Line();
            interval.getStyleClass().addAll("forest-interval", row.notable() ? "notable" : "plain");
            intervals.put(point, interval);
            points.add(point);
            categories.add(row.label());
            extent = Math.max(extent, Math.max(Math.abs(row.low()), Math.abs(row.high())));
        }
        NumberAxis difference = (NumberAxis) getXAxis();
        difference.setAutoRanging(false);
        double bound = Math.ceil(extent * 1.1 * 2) / 2;
        difference.setLowerBound(-bound);
        difference.setUpperBound(bound);
        difference.setTickUnit(bound <= 2 ? 0.5 : 1);
        ((CategoryAxis) getYAxis()).setCategories(FXCollections.observableArrayList(categories));
        getPlotChildren().addAll(0, intervals.values());
        getData().setAll(List.of(new XYChart.Series<>("Effects", FXCollections.observableArrayList(points))));
    }

    int rowsShown() {
        return intervals.size();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis difference = (NumberAxis) getXAxis();
        CategoryAxis factor = (CategoryAxis) getYAxis();
        double x = difference.getDisplayPosition(0);
        zero.setStartX(x);
        zero.setEndX(x);
        zero.setStartY(0);
        zero.setEndY(factor.getHeight());
        intervals.forEach((point, line) -> {
            ForestRow row = (ForestRow) point.getExtraValue();
            double y = factor.getDisplayPosition(point.getYValue());
            line.setStartX(difference.getDisplayPosition(row.low()));
            line.setEndX(difference.getDisplayPosition(row.high()));
            line.setStartY(y);
            line.setEndY(y);
        });
    }
}
