package app.gutlog.ui.insights;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Chart symbols that keep their own look. A scatter chart replaces the style classes of each data node with its
 * default "chart-symbol" colours, so GutLog's own marker goes inside a plain holder that takes those classes instead.
 */
final class Symbols {

    private Symbols() {}

    static Node holding(Node marker) {
        StackPane holder = new StackPane(marker);
        holder.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
        return holder;
    }
}
