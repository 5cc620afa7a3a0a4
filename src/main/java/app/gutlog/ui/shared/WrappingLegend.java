package app.gutlog.ui.shared;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A chart's legend whose names wrap where the chart is too narrow for them. The stock legend lays its names out in
 * tiles one line high and cuts off a longer name; this one is a flow pane, which the chart asks how high it must be
 * at its width. It has the stock legend's style classes, so it looks the same.
 */
public final class WrappingLegend {

    private WrappingLegend() {}

    /** A legend of {@code series}, each named as the series is (and as it is renamed), in the series' colours. */
    public static FlowPane of(List<? extends XYChart.Series<?, ?>> series) {
        FlowPane legend = new FlowPane(12, 2);
        legend.setAlignment(Pos.CENTER);
        legend.getStyleClass().add("chart-legend");
        for (int index = 0; index < series.size(); index++) {
            Region symbol = new Region();
            symbol.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", "series" + index,
                    "default-color" + index % 8);
            Label name = new Label(null, symbol);
            name.textProperty().bind(series.get(index).nameProperty());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            name.getStyleClass().add("chart-legend-item");
            legend.getChildren().add(name);
        }
        return legend;
    }
}
