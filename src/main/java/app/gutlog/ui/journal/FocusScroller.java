package app.gutlog.ui.journal;

import app.gutlog.ui.shared.SceneGraph;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps the field that has the keyboard focus on screen, so Tab never moves into hidden fields; the tour uses it too,
 * for the part of the form it points at.
 */
final class FocusScroller {

    private static final double MARGIN = 48;

    private final ScrollPane scroll;
    private final Region form;
    private final ChangeListener<Node> followFocus = (observable, before, focused) -> show(focused);

    /** Follows the focus in whichever scene {@code form}, the content of {@code scroll}, is in. */
    FocusScroller(ScrollPane scroll, Region form) {
        this.scroll = scroll;
        this.form = form;
        form.sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(followFocus);
            }
            if (newScene != null) {
                newScene.focusOwnerProperty().addListener(followFocus);
            }
        });
    }

    /** Scrolls the form just enough to show {@code node}, if it is part of the form. */
    void show(Node node) {
        if (node == null || !SceneGraph.isWithin(node, form)) {
            return;
        }
        Bounds field = form.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = form.getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double scrollable = contentHeight - viewportHeight;
        double top = scroll.getVvalue() * scrollable;
        if (field.getMinY() - MARGIN < top) {
            scroll.setVvalue(Math.max(0, field.getMinY() - MARGIN) / scrollable);
        } else if (field.getMaxY() + MARGIN > top + viewportHeight) {
            scroll.setVvalue(Math.min(1, (field.getMaxY() + MARGIN - viewportHeight) / scrollable));
        }
    }
}
