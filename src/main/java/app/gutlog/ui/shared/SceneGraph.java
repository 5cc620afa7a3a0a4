package app.gutlog.ui.shared;

import javafx.scene.Node;

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
}
