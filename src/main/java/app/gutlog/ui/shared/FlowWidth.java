package app.gutlog.ui.shared;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.Region;

/**
 * A flow pane lays each child out at its preferred width, even a child wider than the pane, which then hides its end.
 * A child kept no wider than the pane shrinks or wraps its own content instead.
 */
public final class FlowWidth {

    private FlowWidth() {}

    /** Keeps {@code child} no wider than the inside of the pane it is in now. */
    public static void noWiderThanParent(Region child) {
        Region pane = (Region) child.getParent();
        child.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset()),
                pane.widthProperty()));
    }
}
