package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.Tooltips;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page, driven from the keyboard alone on a journal with a year of days and a trial: every control has a name
 * a screen reader can say, every icon-only button also has a tooltip, Tab reaches every control (or the control has
 * a documented key of its own), and the control that has the focus always looks different from the same control
 * without it.
 */
class AccessibilityTest extends AppUiTest {

    /**
     * Controls left out of the Tab order on purpose, each with its own key: a measure's (i) link is Ctrl+I in its
     * field, and a field's clear button is emptying the field.
     */
    private static final Predicate<Node> HAS_ITS_OWN_KEY = node -> node.getId() != null
            && (node.getId().startsWith("why-") && !node.getId().startsWith("why-group-")
                    || node.getId().startsWith("clear-"));

    private static final String[] PAGES = {"#home-page", "#journal-page", "#history-page", "#insights-page",
        "#trials-page", "#measures-page", "#learn-page"};

    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyControlIsNamedReachableByTabAndShowsItsFocus(int page) throws Exception {
        openOnAYearOfDays();
        push(KeyCode.SHORTCUT, KeyCode.valueOf("DIGIT" + page));
        waitUntilVisible(PAGES[page - 1]);
        waitUntilHidden("#task-progress");
        Parent root = lookup(PAGES[page - 1]).query();

        List<Control> controls = interactiveControls(root);
        assertThat(controls).as("the page has controls to check").isNotEmpty();
        List<String> unnamed = controls.stream().filter(control -> accessibleName(control).isBlank())
                .map(AccessibilityTest::describe).toList();
        assertThat(unnamed).as("controls without an accessible name").isEmpty();

        List<String> iconOnlyWithoutTooltip = new ArrayList<>();
        for (Control control : controls) {
            if (control instanceof ButtonBase button && isIconOnly(button) && !hasTooltip(button)) {
                iconOnlyWithoutTooltip.add(describe(button));
            }
        }
        assertThat(iconOnlyWithoutTooltip).as("icon-only buttons without a tooltip").isEmpty();

        Set<Node> focused = tabThrough(root, controls.size() * 2 + 20);
        List<String> unreached = controls.stream()
                .filter(control -> !HAS_ITS_OWN_KEY.test(control))
                .filter(control -> focused.stream().noneMatch(owner -> isInside(owner, control)
                        || sameToggleGroup(owner, control)))
                .map(AccessibilityTest::describe).toList();
        assertThat(unreached).as("controls that Tab never reaches").isEmpty();
    }

    @Test
    void f10OpensTheMenusFromTheKeyboard() throws Exception {
        openOnAYearOfDays();
        push(KeyCode.F10);
        push(KeyCode.DOWN);
        waitUntilVisible("Export CSV…");
        push(KeyCode.ESCAPE);
    }

    /** Labels with a mnemonic (Alt+letter) must name the control it focuses. */
    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {4, 6})
    void everyMnemonicLabelNamesItsControl(int page) throws Exception {
        openOnAYearOfDays();
        push(KeyCode.SHORTCUT, KeyCode.valueOf("DIGIT" + page));
        waitUntilVisible(PAGES[page - 1]);
        List<String> loose = lookup(PAGES[page - 1] + " .label").queryAllAs(Label.class).stream()
                .filter(label -> label.isMnemonicParsing() && label.getText().contains("_") && label.getLabelFor() == null)
                .map(Label::getText).toList();
        assertThat(loose).isEmpty();
    }

    private void openOnAYearOfDays() throws Exception {
        Path journal = temp.resolve("journal.db");
        LocalDate today = LocalDate.now();
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(365, 3);
            services.trials().add(new Trial(0, "Alcohol-free month", Trial.Protocol.ALCOHOL_FREE, today.minusDays(80),
                    today.minusDays(50), today.minusDays(20), null, Outcome.BURDEN, List.of("alcohol"), List.of()));
        }
        new UiSettings(preferences).tourSeen(true);
        start(journal);
        waitUntilVisible("#home-page");
    }

    /**
     * Presses Tab until the focus comes back to where it started (or {@code limit} times). For each control it
     * leaves, it checks that the control looked different while it had the focus. Returns every focus owner.
     */
    private Set<Node> tabThrough(Parent root, int limit) {
        Set<Node> owners = new LinkedHashSet<>();
        List<String> focusNotShown = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = root.getScene().getFocusOwner();
            if (owner == null || !owners.add(owner)) {
                if (owner != null && isInside(owner, root)) {
                    break; // round the whole page and back
                }
                continue;
            }
            Node shown = visibleControl(owner);
            Image withFocus = snapshot(shown);
            interact(() -> root.getScene().getRoot().requestFocus());
            Image withoutFocus = snapshot(shown);
            interact(owner::requestFocus);
            if (samePixels(withFocus, withoutFocus)) {
                focusNotShown.add(describe(shown));
            }
        }
        assertThat(focusNotShown).as("controls that look the same with and without the focus").isEmpty();
        return owners;
    }

    private Image snapshot(Node node) {
        Image[] image = new Image[1];
        interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader left = a.getPixelReader();
        PixelReader right = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (left.getArgb(x, y) != right.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The control a person sees take the focus: a spinner or a date picker rather than the text field inside it. */
    private static Node visibleControl(Node owner) {
        Node shown = owner;
        for (Node node = owner.getParent(); node != null; node = node.getParent()) {
            if (node instanceof Spinner<?> || node instanceof ComboBoxBase<?>) {
                shown = node;
            }
        }
        return shown;
    }

    private static List<Control> interactiveControls(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Control> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (isInteractive(node)) {
            found.add((Control) node);
            return; // a spinner's arrows and editor are the spinner
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static boolean isInteractive(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof Spinner<?> || node instanceof ListView<?> || node instanceof TableView<?>
                || node instanceof TreeView<?> || node instanceof TabPane;
    }

    /** A button that shows nothing but an icon (a calendar day, which shows its date and burden, is not one). */
    private static boolean isIconOnly(ButtonBase button) {
        return (button.getText() == null || button.getText().isBlank())
                && (button.getGraphic() instanceof FontIcon || button.getGraphic() instanceof ImageView);
    }

    /**
     * A tooltip now, or one made when the pointer reaches the button ({@link Tooltips}, which also gives its text as
     * the accessible help): a button in view is hovered to see it come.
     */
    private boolean hasTooltip(ButtonBase button) {
        if (button.getTooltip() == null && isInView(button)) {
            moveTo(button);
        }
        return button.getTooltip() != null ? !button.getTooltip().getText().isBlank()
                : button.getAccessibleHelp() != null && !button.getAccessibleHelp().isBlank();
    }

    private static boolean isInView(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Scene scene = node.getScene();
        return bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= scene.getWidth()
                && bounds.getMaxY() <= scene.getHeight();
    }

    /** What a screen reader says for the control: its accessible text, its own text, or its label's. */
    private static String accessibleName(Control control) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return control.getAccessibleText();
        }
        if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        if (control instanceof TabPane tabs) {
            return tabs.getTabs().isEmpty() ? "" : tabs.getTabs().getFirst().getText();
        }
        return labelFor(control.getScene().getRoot(), control);
    }

    private static String labelFor(Node node, Control control) {
        if (node instanceof Label label && label.getLabelFor() == control) {
            return label.getText();
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(child -> labelFor(child, control))
                    .filter(name -> !name.isBlank()).findFirst().orElse("");
        }
        return "";
    }

    /** Tab enters a group of toggles at its chosen one, and the arrow keys move within it, as in any radio group. */
    private static boolean sameToggleGroup(Node owner, Node control) {
        return owner instanceof Toggle ownerToggle && control instanceof Toggle toggle
                && ownerToggle.getToggleGroup() != null && ownerToggle.getToggleGroup() == toggle.getToggleGroup();
    }

    private static boolean isInside(Node node, Node ancestor) {
        return Stream.iterate(node, n -> n != null, Node::getParent).anyMatch(n -> n == ancestor);
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : "") + text;
    }
}
