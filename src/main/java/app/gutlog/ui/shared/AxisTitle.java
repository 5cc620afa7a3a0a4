package app.gutlog.ui.shared;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A chart axis's title that is never cut short. Of the titles it is given, longest first, the axis shows the longest
 * that fits along it at the current text size, and chooses again whenever the axis or its text changes size. Used by
 * the Insights charts and the Trials chart.
 */
public final class AxisTitle {

    private static final double MARGIN = 8;

    private AxisTitle() {}

    /** The titles an axis chooses from, kept in its properties. */
    private record Titles(List<String> longestFirst) {}

    /** Gives {@code axis} these titles to choose from, the longest first and the last the one to show at least. */
    public static void fit(Axis<?> axis, String... longestFirst) {
        boolean firstTime = !axis.getProperties().containsKey(Titles.class);
        axis.getProperties().put(Titles.class, new Titles(List.of(longestFirst)));
        if (firstTime) {
            InvalidationListener chooseAgain = observable -> choose(axis);
            axis.widthProperty().addListener(chooseAgain);
            axis.heightProperty().addListener(chooseAgain);
            label(axis).fontProperty().addListener(chooseAgain);
        }
        choose(axis);
    }

    private static void choose(Axis<?> axis) {
        if (!(axis.getProperties().get(Titles.class) instanceof Titles titles)) {
            return;
        }
        double length = axis.getSide() != null && axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
        Label label = label(axis);
        double room = length - label.getInsets().getLeft() - label.getInsets().getRight() - MARGIN;
        String chosen = titles.longestFirst().stream()
                .filter(title -> width(title, label.getFont()) <= room)
                .findFirst()
                .orElse(titles.longestFirst().getLast());
        if (!chosen.equals(axis.getLabel())) {
            axis.setLabel(chosen);
        }
    }

    private static Label label(Axis<?> axis) {
        return (Label) axis.lookup(".axis-label");
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
