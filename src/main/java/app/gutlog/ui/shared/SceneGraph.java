package app.gutlog.ui.shared;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Where a node stands in the scene graph: pages stay in the window, hidden, while another page is shown. */
public final class SceneGraph {

    private SceneGraph() {}

    /** Whether {@code node} is {@code ancestor} or lies anywhere inside it. */
    public static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node and all its parents are visible. */
    public static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives {@code node} the keyboard focus once the event being handled has settled it (a page switch moves the
     * focus) and {@code node} is in a window. A request made before would be lost, and a node can be built before it
     * is in a window: a scroll pane takes its content into the window only when the pane is first laid out.
     */
    public static void focusSoon(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
