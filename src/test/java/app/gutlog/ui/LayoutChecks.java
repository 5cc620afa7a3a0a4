package app.gutlog.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What the layout tests look for: texts cut off with "…", and the last label of a chart's axis. */
public final class LayoutChecks {

    private LayoutChecks() {}

    /** Every visible label or button under {@code node} whose text is cut off, as "Class \"text\"". */
    public static List<String> truncatedTexts(Node node) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof Labeled labeled && labeled.isTextTruncated()) {
            found.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\"");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(truncatedTexts(child)));
        }
        return found;
    }

    /** The axis's rightmost visible tick label. */
    public static Text lastTickLabel(NumberAxis axis) {
        return axis.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text text && text.isVisible() && !text.getText().isEmpty())
                .map(node -> (Text) node)
                .max(Comparator.comparingDouble(text -> text.localToScene(text.getBoundsInLocal()).getMaxX()))
                .orElseThrow();
    }
}
