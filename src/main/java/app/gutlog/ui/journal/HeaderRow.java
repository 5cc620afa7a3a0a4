package app.gutlog.ui.journal;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * A row of the day form's header in two parts: the day picker and its buttons, and what can be done to the day (Copy,
 * Delete, Save). They share one line, the second part at its end, while both fit on it; otherwise the second part
 * takes a line of its own below, where it wraps too if it must, so no button is ever pushed out of the window. A
 * part that is a {@link FlowPane} is measured by its width on one line.
 */
public final class HeaderRow extends Pane {

    private static final double GAP = 12;

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private Node leading() {
        return getManagedChildren().getFirst();
    }

    private Node trailing() {
        return getManagedChildren().getLast();
    }

    private boolean fitsOnOneLine(double innerWidth) {
        return oneLineWidth(leading()) + GAP + oneLineWidth(trailing()) <= innerWidth;
    }

    /** The width {@code part} takes on one line: a flow's children side by side, or else its preferred width. */
    private double oneLineWidth(Node part) {
        if (!(part instanceof FlowPane flow)) {
            return snapSizeX(part.prefWidth(-1));
        }
        double children = flow.getChildren().stream().filter(Node::isManaged)
                .mapToDouble(node -> snapSizeX(node.prefWidth(-1))).sum();
        long gaps = Math.max(0, flow.getChildren().stream().filter(Node::isManaged).count() - 1);
        return flow.getInsets().getLeft() + children + gaps * flow.getHgap() + flow.getInsets().getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        if (getManagedChildren().size() < 2) {
            return horizontalInsets();
        }
        return horizontalInsets() + Math.max(leading().minWidth(-1), trailing().minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        if (getManagedChildren().size() < 2) {
            return horizontalInsets();
        }
        return horizontalInsets() + oneLineWidth(leading()) + GAP + oneLineWidth(trailing());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getManagedChildren().size() < 2) {
            return verticalInsets();
        }
        double inner = width < 0 ? computePrefWidth(-1) - horizontalInsets() : width - horizontalInsets();
        if (fitsOnOneLine(inner)) {
            double trailingWidth = oneLineWidth(trailing());
            return verticalInsets() + Math.max(leading().prefHeight(inner - GAP - trailingWidth),
                    trailing().prefHeight(trailingWidth));
        }
        return verticalInsets() + leading().prefHeight(inner) + GAP / 2 + trailing().prefHeight(inner);
    }

    @Override
    protected void layoutChildren() {
        if (getManagedChildren().size() < 2) {
            return;
        }
        Insets insets = getInsets();
        double inner = getWidth() - horizontalInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        if (fitsOnOneLine(inner)) {
            double trailingWidth = snapSizeX(oneLineWidth(trailing()));
            double leadingWidth = inner - GAP - trailingWidth;
            double leadingHeight = leading().prefHeight(leadingWidth);
            double trailingHeight = trailing().prefHeight(trailingWidth);
            double height = Math.max(leadingHeight, trailingHeight);
            leading().resizeRelocate(left, snapPositionY(top + (height - leadingHeight) / 2), leadingWidth,
                    snapSizeY(leadingHeight));
            trailing().resizeRelocate(left + leadingWidth + GAP, snapPositionY(top + (height - trailingHeight) / 2),
                    trailingWidth, snapSizeY(trailingHeight));
        } else {
            double leadingHeight = snapSizeY(leading().prefHeight(inner));
            leading().resizeRelocate(left, top, inner, leadingHeight);
            trailing().resizeRelocate(left, top + leadingHeight + GAP / 2, inner,
                    snapSizeY(trailing().prefHeight(inner)));
        }
    }

    private double horizontalInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private double verticalInsets() {
        return getInsets().getTop() + getInsets().getBottom();
    }
}
