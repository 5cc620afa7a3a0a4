package app.gutlog.ui.shared;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A flow pane that prefers one row: its preferred width holds every child side by side, so that it takes only that
 * room where there is more, and it wraps its children onto more rows only where it is given less. (A plain flow
 * pane prefers the width it wraps at, 400 pixels unless set.)
 */
public class FlowRow extends FlowPane {

    public FlowRow() {}

    public FlowRow(double hgap, double vgap) {
        super(hgap, vgap);
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset()
                + getHgap() * Math.max(0, getManagedChildren().size() - 1);
        for (Node child : getManagedChildren()) {
            width += snapSizeX(Math.max(child.minWidth(-1), child.prefWidth(-1)));
        }
        return width;
    }

    /** As high as the children are at {@code width}, or in one row where no width is given. */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
    }
}
