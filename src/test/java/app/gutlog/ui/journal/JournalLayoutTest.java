package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day form at the window sizes and text sizes people use: the header wraps rather than pushing Save out of the
 * window, nothing is cut off (the Yes/No buttons and the Bristol types included), the form never scrolls sideways, and
 * its fields take one, two or three columns as the width allows.
 */
class JournalLayoutTest extends JournalUi {

    @ParameterizedTest(name = "{0} % text in a {1}×{2} window: {3} columns")
    @CsvSource({"100, 1024, 640, 2", "150, 1024, 640, 1", "100, 1100, 760, 2", "100, 1440, 900, 3",
        "150, 1440, 900, 2"})
    void theWholeFormFitsTheWindowInAsManyColumnsAsItHolds(int percent, int width, int height, int columns)
            throws Exception {
        appearance(Theme.LIGHT, textSize(percent), width, height, false);
        openJournal();
        assertFits("as opened");

        focus("#field-bloating");
        write("5");
        interact(() -> lookup("#field-stool_form").queryAs(ComboBox.class).setValue(5));
        waitUntilBadge("Unsaved changes");
        assertFits("after an edit");

        FieldGrid symptoms = lookup("#group-symptoms .field-grid").queryAs(FieldGrid.class);
        assertThat(symptoms.columns()).isEqualTo(columns);
        List<Node> cells = symptoms.getChildrenUnmodifiable();
        assertThat(cells).allMatch(cell -> cell.getBoundsInParent().getMaxX() <= symptoms.getWidth() + 1);
        assertThat(cells.get(columns - 1).getBoundsInParent().getMinY()).isEqualTo(cells.getFirst()
                .getBoundsInParent().getMinY());
    }

    private static TextSize textSize(int percent) {
        return List.of(TextSize.values()).stream().filter(size -> size.percent() == percent).findFirst().orElseThrow();
    }

    private void assertFits(String when) {
        interact(() -> {
            Parent page = lookup("#journal-page").query();
            Bounds save = sceneBounds(lookup("#save-button").query());
            assertThat(save.getMaxX()).as("Save's right edge " + when).isLessThanOrEqualTo(page.getScene().getWidth());
            assertThat(sceneBounds(page).getMaxX()).as("the page's right edge " + when)
                    .isLessThanOrEqualTo(page.getScene().getWidth() + 1);
            List<String> problems = new ArrayList<>();
            List<ScrollBar> verticalBars = new ArrayList<>();
            visit(page, node -> {
                if (node instanceof Labeled labeled && labeled.isTextTruncated()) {
                    problems.add("cut off: " + labeled.getText());
                }
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    problems.add("a horizontal scroll bar");
                }
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    verticalBars.add(bar);
                }
            });
            assertThat(problems).as(when).isEmpty();
            assertThat(verticalBars).as("the form's vertical scroll bar " + when).hasSize(1)
                    .allMatch(bar -> sceneBounds(bar).getMaxX() <= page.getScene().getWidth() + 1);
            assertThat(lookup("#field-gut_infection .toggle-button").queryAllAs(Labeled.class))
                    .extracting(Labeled::getText).containsExactly("No", "Yes");
            assertThat(lookup("#field-gut_infection .toggle-button").queryAllAs(Labeled.class))
                    .noneMatch(Labeled::isTextTruncated);
        });
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static void visit(Node node, java.util.function.Consumer<Node> check) {
        if (!node.isVisible()) {
            return;
        }
        check.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, check));
        }
    }
}
