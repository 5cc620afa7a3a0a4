package app.gutlog.ui.insights;

import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.DosePoint;
import app.gutlog.ui.shared.AxisTitle;
import app.gutlog.ui.shared.OutcomeAxis;
import app.gutlog.ui.shared.Tooltips;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * A factor's amount against the outcome some days later. Days with the same pair share one point, drawn larger the
 * more days it stands for, so long ranges stay light to draw and nothing hides behind an equal point. Amounts of
 * none or more start the axis at 0, and points on the edges of the plot are drawn whole.
 */
final class DoseChart extends ScatterChart<Number, Number> {

    private static final double SMALLEST = 6;
    private static final double LARGEST = 22;

    private final OutcomeAxis outcomeAxis;

    DoseChart() {
        this(new OutcomeAxis());
    }

    private DoseChart(OutcomeAxis outcomeAxis) {
        super(new NumberAxis(), outcomeAxis.axis());
        this.outcomeAxis = outcomeAxis;
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("dose-chart");
        getChartChildren().stream().filter(child -> child.getClip() != null).forEach(plot -> plot.setClip(null));
    }

    OutcomeAxis outcomeAxis() {
        return outcomeAxis;
    }

    /** Shows the points; each axis is titled with the longest of its titles that fits, longest first. */
    void show(List<DosePoint> points, List<String> amountTitles, List<String> outcomeTitles) {
        AxisTitle.fit(getXAxis(), amountTitles.toArray(String[]::new));
        AxisTitle.fit(outcomeAxis.axis(), outcomeTitles.toArray(String[]::new));
        Texts texts = Texts.of(DoseChart.class);
        int most = points.stream().mapToInt(DosePoint::days).max().orElse(1);
        List<XYChart.Data<Number, Number>> data = points.stream().map(point -> {
            XYChart.Data<Number, Number> item = new XYChart.Data<>(point.amount(), point.outcome());
            Region dot = new Region();
            dot.getStyleClass().add("dose-point");
            double size = SMALLEST + (LARGEST - SMALLEST) * Math.sqrt((double) point.days() / most);
            dot.setPrefSize(size, size);
            dot.setMaxSize(size, size);
            Tooltips.install(dot, texts.format("insights.dose.point", trim(point.amount()),
                    String.format(Locale.ROOT, "%.1f", point.outcome()), point.days()));
            item.setNode(Symbols.holding(dot));
            return item;
        }).toList();
        showAmounts(points);
        outcomeAxis.show(points.stream().mapToDouble(DosePoint::outcome));
        getData().setAll(List.of(new XYChart.Series<>("Days", FXCollections.observableArrayList(data))));
    }

    private void showAmounts(List<DosePoint> points) {
        NumberAxis amounts = (NumberAxis) getXAxis();
        double lowest = points.stream().mapToDouble(DosePoint::amount).min().orElse(0);
        double highest = points.stream().mapToDouble(DosePoint::amount).max().orElse(1);
        double margin = Math.max((highest - lowest) * 0.05, 0.5);
        double lower = Math.floor(lowest - margin);
        amounts.setAutoRanging(false);
        amounts.setLowerBound(lowest >= 0 ? Math.max(0, lower) : lower);
        amounts.setUpperBound(Math.ceil(highest + margin));
        amounts.setTickUnit(Math.max(1, Math.ceil((amounts.getUpperBound() - amounts.getLowerBound()) / 10)));
    }

    int pointsShown() {
        return getData().isEmpty() ? 0 : getData().getFirst().getData().size();
    }

    private static String trim(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
    }
}
