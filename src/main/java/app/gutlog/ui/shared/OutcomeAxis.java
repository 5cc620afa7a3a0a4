package app.gutlog.ui.shared;

import java.util.DoubleSummaryStatistics;
import java.util.stream.DoubleStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.NumberAxis;

/**
 * The axis of an outcome rated from 0 (none) to 10 (worst), in the Insights charts and the Trials chart. It shows the
 * whole scale, unless it is to fit the data: then it spans only the whole numbers around the values shown, so that
 * small changes can be seen.
 */
public final class OutcomeAxis {

    static final double NONE = 0;
    static final double WORST = 10;
    private static final double MIN_SPAN = 2;
    private static final double FINE_TICKS_UP_TO = 5;

    /** From {@code lower} to {@code upper}, both on the scale. */
    public record Range(double lower, double upper) {}

    private final NumberAxis axis = new NumberAxis(NONE, WORST, 2);
    private final BooleanProperty fitToData = new SimpleBooleanProperty(this, "fitToData");
    private DoubleSummaryStatistics shown = new DoubleSummaryStatistics();

    public OutcomeAxis() {
        fitToData.addListener(observable -> applyRange());
    }

    /** The axis to give the chart. */
    public NumberAxis axis() {
        return axis;
    }

    /** Whether the axis fits the values shown rather than the whole scale; the whole scale by default. */
    public BooleanProperty fitToDataProperty() {
        return fitToData;
    }

    /** Takes the values the chart shows now; NaN, a day not logged, is left out. */
    public void show(DoubleStream values) {
        shown = values.filter(value -> !Double.isNaN(value)).summaryStatistics();
        applyRange();
    }

    private void applyRange() {
        Range range = fitToData.get() && shown.getCount() > 0 ? fitted(shown.getMin(), shown.getMax())
                : new Range(NONE, WORST);
        axis.setLowerBound(range.lower());
        axis.setUpperBound(range.upper());
        axis.setTickUnit(range.upper() - range.lower() <= FINE_TICKS_UP_TO ? 1 : 2);
    }

    /** The whole numbers around {@code lowest} to {@code highest}, at least two apart and within the scale. */
    public static Range fitted(double lowest, double highest) {
        double lower = Math.max(NONE, Math.floor(lowest));
        double upper = Math.min(WORST, Math.ceil(highest));
        while (upper - lower < MIN_SPAN) {
            lower = Math.max(NONE, lower - 1);
            upper = Math.min(WORST, lower + MIN_SPAN);
        }
        return new Range(lower, upper);
    }
}
