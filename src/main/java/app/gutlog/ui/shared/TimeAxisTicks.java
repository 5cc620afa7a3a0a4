package app.gutlog.ui.shared;

import javafx.beans.InvalidationListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;

/**
 * Spaces the dates of a time axis (one of {@code DateAxes}) so that all of them fit along it. An axis with more dates
 * than fit leaves some out, and may leave out its last; spaced this way, the last day's date is always shown. Used by
 * the Insights timeline and the Trials chart.
 */
public final class TimeAxisTicks {

    private static final double GAP = 12;
    /** The first and the last date, which the axis adds to those its tick unit gives. */
    private static final int BOUND_LABELS = 2;

    private TimeAxisTicks() {}

    /** Spaces the dates of {@code axis} now, and again whenever the axis or its dates change size. */
    public static void fit(NumberAxis axis) {
        if (!axis.getProperties().containsKey(TimeAxisTicks.class)) {
            axis.getProperties().put(TimeAxisTicks.class, Boolean.TRUE);
            InvalidationListener spaceAgain = observable -> space(axis);
            axis.widthProperty().addListener(spaceAgain);
            axis.tickLabelFontProperty().addListener(spaceAgain);
        }
        space(axis);
    }

    private static void space(NumberAxis axis) {
        double days = axis.getUpperBound() - axis.getLowerBound();
        if (axis.getWidth() <= 0 || days <= 0) {
            return;
        }
        double label = Math.max(width(axis, axis.getLowerBound()), width(axis, axis.getUpperBound())) + GAP;
        double fitting = Math.max(1, Math.floor(axis.getWidth() / label) - BOUND_LABELS);
        axis.setTickUnit(Math.max(1, Math.ceil(days / fitting)));
    }

    private static double width(NumberAxis axis, double epochDay) {
        Text measure = new Text(axis.getTickLabelFormatter().toString(epochDay));
        measure.setFont(axis.getTickLabelFont());
        return measure.getLayoutBounds().getWidth();
    }
}
