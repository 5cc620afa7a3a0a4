package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every page, the main dialogs and the tour, on the demo journal and an empty one, in light and dark, at 100 %
 * and 150 % text, in a 1024×640 and a 1440×900 window, and checks each state: no label is cut off ("…"), every
 * enabled button lies within the window or in a scroll pane that can reach it, and the day form never scrolls
 * sideways. It writes what it found to {@code target/layout-sweep.md}.
 */
@Tag("sweep")
class LayoutSweepTest extends AppUiTest {

    /** Labels meant to be cut off, each with a tooltip that shows the whole text: none so far. */
    private static final Set<String> MAY_TRUNCATE = Set.of();

    private record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    private record Combo(Theme theme, TextSize text, Size size) {
        @Override
        public String toString() {
            return theme.name().toLowerCase(Locale.ROOT) + ", " + text.percent() + " % text, " + size;
        }
    }

    private static final List<String[]> PAGES = List.of(
            new String[] {"Home", "#home-page"}, new String[] {"Journal", "#journal-page"},
            new String[] {"History", "#history-page"}, new String[] {"Insights", "#insights-page"},
            new String[] {"Trials", "#trials-page"}, new String[] {"Measures", "#measures-page"},
            new String[] {"Learn", "#learn-page"});

    private final List<String> findings = new ArrayList<>();
    private int states;

    @Test
    void everyPageDialogAndTheTourFitsAtEverySizeThemeAndTextSize() throws Exception {
        List<Combo> combos = new ArrayList<>();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (TextSize text : List.of(TextSize.NORMAL, TextSize.HUGE)) {
                for (Size size : List.of(new Size(1024, 640), new Size(1440, 900))) {
                    combos.add(new Combo(theme, text, size));
                }
            }
        }
        Path demo = temp.resolve("demo.db");
        try (AppServices services = AppServices.open(demo)) {
            services.insights().createDemo(400, 4);
        }
        for (Combo combo : combos) {
            sweep("demo journal, " + combo, demo, combo, true);
            sweep("empty journal, " + combo, temp.resolve("empty-" + states + ".db"), combo, false);
        }
        String report = report(combos);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "layout-sweep.md"), report);
        System.out.println(report);
        assertThat(findings).as("layout problems (see target/layout-sweep.md)").isEmpty();
    }

    private void sweep(String journalName, Path journal, Combo combo, boolean tourSeen) throws Exception {
        UiSettings settings = new UiSettings(preferences);
        settings.setTheme(combo.theme());
        settings.setTextSize(combo.text());
        settings.tourSeen(tourSeen);
        preferences.putDouble("window.width", combo.size().width());
        preferences.putDouble("window.height", combo.size().height());
        preferences.putDouble("window.x", 0);
        preferences.putDouble("window.y", 0);
        preferences.flush();
        start(journal);
        waitUntilVisible("#home-page");
        for (int i = 0; i < PAGES.size(); i++) {
            String[] page = PAGES.get(i);
            push(KeyCode.SHORTCUT, KeyCode.getKeyCode(Integer.toString(i + 1)));
            waitUntilVisible(page[1]);
            settle(page[0]);
            check(journalName + ", " + page[0] + (page[0].equals("Journal") && !tourSeen ? " with the tour" : ""));
            if (page[0].equals("Journal")) {
                checkNoSidewaysScroll(journalName);
            }
            if (page[0].equals("Trials")) {
                openDialog(journalName, "New trial", () -> clickOn("#new-trial-button"), "#new-trial-dialog");
            }
        }
        openDialog(journalName, "Export", () -> push(KeyCode.SHORTCUT, KeyCode.E), "#export-dialog");
        openDialog(journalName, "Import", () -> push(KeyCode.SHORTCUT, KeyCode.O), "#import-dialog");
        openDialog(journalName, "Report", () -> push(KeyCode.SHORTCUT, KeyCode.P), "#report-dialog");
        openDialog(journalName, "Keyboard shortcuts", () -> push(KeyCode.SHORTCUT, KeyCode.SLASH), "#shortcuts-dialog");
        openDialog(journalName, "About", () -> push(KeyCode.F1), "#about-dialog");
        stop();
    }

    /** Waits until the page has what it shows: the day form's fields, the insights or their empty state. */
    private void settle(String page) throws Exception {
        Callable<Boolean> ready = switch (page) {
            case "Journal" -> () -> lookup("#field-bloating").tryQuery().isPresent();
            case "Insights" -> () -> lookup("#insights-busy").tryQuery().map(node -> !node.isVisible()).orElse(true);
            default -> () -> true;
        };
        waitUntil(ready);
    }

    private void openDialog(String journalName, String name, Runnable open, String paneId) throws Exception {
        open.run();
        try {
            waitUntilVisible(paneId);
        } catch (TimeoutException e) {
            findings.add(journalName + ", " + name + ": the dialog did not open");
            return;
        }
        check(journalName + ", " + name + " dialog");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Checks every window on show: labels cut off, and enabled buttons out of reach. */
    private void check(String state) {
        interact(() -> checkOnFxThread(state));
    }

    private void checkOnFxThread(String state) {
        states++;
        for (Window window : List.copyOf(Window.getWindows())) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            Scene scene = window.getScene();
            for (Node node : visibleNodes(scene.getRoot())) {
                if (node instanceof Labeled labeled && labeled.isTextTruncated()
                        && (labeled.getId() == null || !MAY_TRUNCATE.contains(labeled.getId())) && labeled.getText() != null
                        && !labeled.getText().isBlank()) {
                    findings.add(state + ": cut off: " + describe(labeled) + " \"" + labeled.getText().strip()
                            .replace('\n', ' ') + "\"");
                }
                if (node instanceof ButtonBase button && !button.isDisabled() && !inScrollPane(button)
                        && !within(button, scene)) {
                    findings.add(state + ": out of reach: " + describe(button) + " \"" + button.getText() + "\"");
                }
            }
        }
    }

    private void checkNoSidewaysScroll(String journalName) {
        interact(() -> checkNoSidewaysScrollOnFxThread(journalName));
    }

    private void checkNoSidewaysScrollOnFxThread(String journalName) {
        Node page = lookup("#journal-page").query();
        for (Node node : visibleNodes((Parent) page)) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                findings.add(journalName + ", Journal: the day form scrolls sideways");
            }
        }
    }

    private static List<Node> visibleNodes(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> nodes) {
        if (!node.isVisible()) {
            return;
        }
        nodes.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, nodes));
        }
    }

    private static boolean inScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Node node, Scene scene) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinX() >= -1 && bounds.getMinY() >= -1 && bounds.getMaxX() <= scene.getWidth() + 1
                && bounds.getMaxY() <= scene.getHeight() + 1;
    }

    private static String describe(Control control) {
        String id = control.getId() != null ? "#" + control.getId() : "";
        Tooltip tooltip = control.getTooltip();
        return control.getClass().getSimpleName() + id + (tooltip != null ? " (with a tooltip)" : "");
    }

    private String report(List<Combo> combos) {
        Set<String> distinct = new LinkedHashSet<>(findings);
        StringBuilder text = new StringBuilder("# Layout sweep\n\n");
        text.append("Written by `LayoutSweepTest` (`./mvnw test -Dgroups=sweep -Dexcluded.groups=none -Dtest=LayoutSweepTest`).")
                .append("\n\nCombinations: ").append(combos.stream().map(Combo::toString)
                        .collect(Collectors.joining("; ")))
                .append(".\n\nJournals: the demo journal and an empty one (the empty one with the tour).\n\n")
                .append("States checked: ").append(states).append(".\n\n")
                .append("Findings: ").append(findings.size()).append(" (").append(distinct.size())
                .append(" distinct).\n\n");
        distinct.forEach(finding -> text.append("- ").append(finding).append('\n'));
        return text.toString();
    }
}
