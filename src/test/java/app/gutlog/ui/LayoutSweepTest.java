package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.text.Texts;
import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every page, the check-in, the dialogs and the tour, on the demo journal and an empty one, and the pane that
 * says why a damaged journal could not be opened, in light and dark, at 100 % and 150 % text, in a 1024×640 and a
 * 1440×900 window, and checks each state: no label is cut off ("…"), every enabled button lies within the window or in
 * a scroll pane that can reach it, the day form never scrolls sideways, and every control that can take the keyboard
 * focus looks different with it: a snapshot around the control with the focus differs visibly from one without. Two
 * more combinations in the smaller window run in the pseudo-locale, whose texts are 40 % longer, so that a
 * translation's longer words would not be cut off either. Focus is drawn the same at every window size, so it is
 * checked in the larger window only. It writes what it found to {@code target/layout-sweep.md}. To sweep one
 * combination only, name it: {@code -Dsweep.only="dark, 150 % text, 1024×640"}.
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

    /** In the pseudo-locale every text is 40 % longer, as a translation's may be. */
    private record Combo(Theme theme, TextSize text, Size size, boolean pseudoLocale) {
        @Override
        public String toString() {
            return theme.name().toLowerCase(Locale.ROOT) + ", " + text.percent() + " % text, " + size
                    + (pseudoLocale ? ", pseudo-locale" : "");
        }
    }

    private static final List<String[]> PAGES = List.of(
            new String[] {"Home", "#home-page"}, new String[] {"Journal", "#journal-page"},
            new String[] {"History", "#history-page"}, new String[] {"Insights", "#insights-page"},
            new String[] {"Trials", "#trials-page"}, new String[] {"Measures", "#measures-page"},
            new String[] {"Learn", "#learn-page"});

    /** Around a control, how far its focus ring may reach, in pixels. */
    private static final double RING_REACH = 5;
    /** How much a colour channel must change (of 1) for a pixel to count as changed, and how many must change. */
    private static final double VISIBLE_CHANGE = 0.12;
    private static final int CHANGED_PIXELS = 16;

    private final List<String> findings = new ArrayList<>();
    private int states;
    private int focusChecks;
    private boolean checkFocus;

    @Test
    void everyPageDialogAndTheTourFitsAtEverySizeThemeAndTextSize() throws Exception {
        List<Combo> combos = new ArrayList<>();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (TextSize text : List.of(TextSize.NORMAL, TextSize.HUGE)) {
                for (Size size : List.of(new Size(1024, 640), new Size(1440, 900))) {
                    combos.add(new Combo(theme, text, size, false));
                }
            }
        }
        combos.add(new Combo(Theme.LIGHT, TextSize.NORMAL, new Size(1024, 640), true));
        combos.add(new Combo(Theme.DARK, TextSize.HUGE, new Size(1024, 640), true));
        Path demo = temp.resolve("demo.db");
        try (AppServices services = AppServices.open(demo)) {
            services.insights().createDemo(400, 4);
        }
        // the longest of the failure pane's states: a damaged journal, with a good backup to offer
        Path damaged = damagedJournalWithABackup(
                Files.createDirectories(temp.resolve("damaged")).resolve("journal.db"), 60);
        String only = System.getProperty("sweep.only");
        if (only != null) {
            combos.removeIf(combo -> !combo.toString().equals(only));
        }
        Locale english = Locale.getDefault();
        try {
            for (Combo combo : combos) {
                Locale.setDefault(combo.pseudoLocale() ? Texts.PSEUDO_LOCALE : english);
                Path freshDemo = Files.copy(demo, temp.resolve("demo-" + states + ".db"));
                sweep("demo journal, " + combo, freshDemo, combo, true);
                sweep("empty journal, " + combo, temp.resolve("empty-" + states + ".db"), combo, false);
                sweepTheFailurePane(damaged, combo);
            }
        } finally {
            Locale.setDefault(english);
        }
        String report = report(combos);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "layout-sweep.md"), report);
        System.out.println(report);
        assertThat(findings).as("layout problems (see target/layout-sweep.md)").isEmpty();
    }

    /** The pane that says why the journal could not be opened; GutLog writes nothing to it, so one serves all. */
    private void sweepTheFailurePane(Path damaged, Combo combo) throws Exception {
        applySettings(combo, true);
        start(damaged);
        waitUntilVisible("#restore-good-backup");
        check("damaged journal, " + combo + ", why it could not be opened");
        stop();
    }

    /** Sweeps one journal in one combination, from settings and a journal that no earlier combination has changed. */
    private void sweep(String journalName, Path journal, Combo combo, boolean tourSeen) throws Exception {
        applySettings(combo, tourSeen);
        start(journal);
        waitUntilVisible("#home-page");
        for (int i = 0; i < PAGES.size(); i++) {
            String[] page = PAGES.get(i);
            push(KeyCode.SHORTCUT, KeyCode.getKeyCode(Integer.toString(i + 1)));
            waitUntilVisible(page[1]);
            settle(page[0]);
            check(journalName + ", " + page[0] + (page[0].equals("Journal") && !tourSeen ? " with the tour" : ""));
            checkNoSidewaysScroll(journalName + ", " + page[0], page[1]);
            if (page[0].equals("Trials")) {
                openDialog(journalName, "New trial", () -> clickOn("#new-trial-button"), "#new-trial-dialog");
            }
            if (page[0].equals("Measures")) {
                openDialog(journalName, "Daily check-in", () -> clickOn("#choose-check-in"), "#check-in-choice-dialog");
            }
        }
        push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntilVisible("#tracked-set-picker");
        check(journalName + ", Check-in: what to track");
        ButtonBase startCheckingIn = lookup("#choose-tracked").queryAs(ButtonBase.class);
        interact(startCheckingIn::fire); // at 640 pixels and 150 % text it is further down the scroll pane
        waitUntilVisible("#check-in-bloating");
        check(journalName + ", Check-in");
        openDialog(journalName, "Daily reminder", () -> fireMenuItem("menu-reminder"), "#reminder-dialog");
        openDialog(journalName, "Restore", () -> fireMenuItem("menu-restore"), "#restore-dialog", "#no-backups");
        openDialog(journalName, "Delete all my data", () -> fireMenuItem("menu-delete-all"), "#delete-all-dialog");
        openDialog(journalName, "Export", () -> push(KeyCode.SHORTCUT, KeyCode.E), "#export-dialog");
        openDialog(journalName, "Import", () -> push(KeyCode.SHORTCUT, KeyCode.O), "#import-dialog");
        openDialog(journalName, "Report", () -> push(KeyCode.SHORTCUT, KeyCode.P), "#report-dialog");
        openDialog(journalName, "Keyboard shortcuts", () -> push(KeyCode.SHORTCUT, KeyCode.SLASH), "#shortcuts-dialog");
        openDialog(journalName, "About", () -> push(KeyCode.F1), "#about-dialog");
        stop();
    }

    /** Waits until the page has what it shows: the day form's fields, the insights or their empty state. */
    private void settle(String page) throws Exception {
        switch (page) {
            case "Journal" -> waitUntilSeen("#field-bloating on the form", () -> visibility("#field-bloating"),
                    seen -> !"in no window".equals(seen));
            case "Insights" -> waitUntilNotVisible("#insights-busy");
            default -> WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Chooses a menu bar item, as a click through its menu would. */
    private void fireMenuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire); // not waited for: a dialog that waits for its answer returns only then
    }

    /** Settings of the combination's theme, text size and window, and nothing else, as a new user's. */
    private void applySettings(Combo combo, boolean tourSeen) throws Exception {
        preferences.clear();
        UiSettings settings = new UiSettings(preferences);
        settings.setTheme(combo.theme());
        settings.setTextSize(combo.text());
        settings.tourSeen(tourSeen);
        preferences.putDouble("window.width", combo.size().width());
        preferences.putDouble("window.height", combo.size().height());
        preferences.putDouble("window.x", 0);
        preferences.putDouble("window.y", 0);
        preferences.flush();
        checkFocus = combo.size().width() > 1024;
    }

    /** Opens a dialog and checks it; it may show as any of {@code paneIds} (a list to choose from, or a message). */
    private void openDialog(String journalName, String name, Runnable open, String... paneIds) throws Exception {
        open.run();
        try {
            waitUntilSeen(String.join(" or ", paneIds) + " visible", () -> Stream.of(paneIds)
                    .collect(Collectors.toMap(id -> id, this::visibility, (a, b) -> a, LinkedHashMap::new)),
                    seen -> seen.containsValue("visible"));
        } catch (AssertionError e) {
            findings.add(journalName + ", " + name + ": the dialog did not open (" + e.getMessage() + ")");
            return;
        }
        check(journalName + ", " + name + " dialog");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Checks every window on show: labels cut off, and enabled buttons out of reach; and the focus, where asked. */
    private void check(String state) {
        interact(() -> checkOnFxThread(state));
        if (checkFocus) {
            interact(() -> checkFocusOnFxThread(state));
        }
    }

    /**
     * In the window that has the focus, gives it to each control that can take it in turn, and compares a snapshot
     * around the control with one taken once the focus has moved away, to the window's root.
     */
    private void checkFocusOnFxThread(String state) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (!window.isShowing() || !window.isFocused() || window.getScene() == null) {
                continue;
            }
            Scene scene = window.getScene();
            Parent root = scene.getRoot();
            Node focusedBefore = scene.getFocusOwner();
            // A scroll pane draws its content from a cached image, which the screen renews on the next pulse but a
            // snapshot taken at once would not: without the cache, the snapshot shows what the next frame shows.
            root.lookupAll(".viewport").forEach(viewport -> viewport.setCache(false));
            // The headless toolkit lays a scene out again, at another size, the first time its root is snapshotted:
            // taken first, that snapshot keeps each control where it is for the two snapshots compared below (a
            // pane centred in the window, like the one of a journal that could not be opened, would move otherwise).
            root.snapshot(null, null);
            for (Node node : visibleNodes(root)) {
                if (!node.isFocusTraversable() || node.isDisabled()) {
                    continue;
                }
                node.requestFocus();
                if (!holdsFocus(node, scene.getFocusOwner())) {
                    continue;
                }
                root.applyCss();
                root.layout();
                Rectangle2D around = around(node, scene);
                if (around == null) {
                    continue;
                }
                WritableImage focused = snapshot(root, around);
                root.requestFocus();
                WritableImage unfocused = snapshot(root, around);
                focusChecks++;
                if (changedPixels(focused, unfocused) < CHANGED_PIXELS) {
                    findings.add(state + ": focus not visible: " + describe(node)
                            + (node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : ""));
                }
            }
            if (focusedBefore != null) {
                focusedBefore.requestFocus();
            }
        }
    }

    private static boolean holdsFocus(Node node, Node focusOwner) {
        for (Node n = focusOwner; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** The control's bounds and the reach of a ring around them, when all of it is on view; null when not. */
    private static Rectangle2D around(Node node, Scene scene) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Bounds view = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n.getStyleClass().contains("clipped-container")) {
                Bounds shown = n.localToScene(n.getLayoutBounds());
                view = intersection(view, shown);
                if (view == null) {
                    return null;
                }
            }
        }
        double minX = bounds.getMinX() - RING_REACH;
        double minY = bounds.getMinY() - RING_REACH;
        double maxX = bounds.getMaxX() + RING_REACH;
        double maxY = bounds.getMaxY() + RING_REACH;
        if (bounds.getMinX() < view.getMinX() || bounds.getMinY() < view.getMinY()
                || bounds.getMaxX() > view.getMaxX() || bounds.getMaxY() > view.getMaxY()) {
            return null;
        }
        minX = Math.max(minX, view.getMinX());
        minY = Math.max(minY, view.getMinY());
        maxX = Math.min(maxX, view.getMaxX());
        maxY = Math.min(maxY, view.getMaxY());
        return new Rectangle2D(Math.floor(minX), Math.floor(minY), Math.ceil(maxX - minX), Math.ceil(maxY - minY));
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static WritableImage snapshot(Parent root, Rectangle2D area) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(area);
        return root.snapshot(parameters, null);
    }

    private static int changedPixels(WritableImage a, WritableImage b) {
        PixelReader first = a.getPixelReader();
        PixelReader second = b.getPixelReader();
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        int changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Color one = first.getColor(x, y);
                Color other = second.getColor(x, y);
                if (Math.abs(one.getRed() - other.getRed()) >= VISIBLE_CHANGE
                        || Math.abs(one.getGreen() - other.getGreen()) >= VISIBLE_CHANGE
                        || Math.abs(one.getBlue() - other.getBlue()) >= VISIBLE_CHANGE) {
                    changed++;
                }
            }
        }
        return changed;
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
                if (node instanceof Control control && isClipped(control)) {
                    findings.add(state + ": hidden in part by its container: " + describe(control)
                            + (control instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : ""));
                }
            }
        }
    }

    /** A page fits the window's width: only a table or a list (which scroll on their own) may scroll sideways. */
    private void checkNoSidewaysScroll(String state, String pageQuery) {
        interact(() -> {
            for (Node node : visibleNodes(lookup(pageQuery).queryAs(Parent.class))) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.getParent() instanceof ScrollPane pane) {
                    findings.add(state + ": scrolls sideways: " + describe(pane));
                }
            }
        });
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

    /**
     * Whether a container that clips what it holds (a tab's content, say) hides part of {@code node}, where no
     * scrolling brings it into view. What a scroll pane or a list hides, it scrolls to; a table's column headers
     * scroll with the table; tab headers that do not fit are in the tab pane's menu.
     */
    private static boolean isClipped(Node node) {
        List<Node> containers = new ArrayList<>();
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("tab-header-area")
                    || at.getStyleClass().contains("column-header-background")) {
                return false;
            }
            if (at.getStyleClass().contains("viewport") || at.getStyleClass().contains("clipped-container")) {
                break;
            }
            containers.add(at);
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return containers.stream().filter(container -> container.getClip() != null).anyMatch(container ->
                !fits(bounds, container.localToScene(container.getClip().getBoundsInParent())));
    }

    private static boolean within(Node node, Scene scene) {
        return fits(node.localToScene(node.getBoundsInLocal()),
                new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
    }

    /** Whether {@code inner} lies within {@code outer}, give or take a pixel of rounding. */
    private static boolean fits(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMinY() >= outer.getMinY() - 1
                && inner.getMaxX() <= outer.getMaxX() + 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        Tooltip tooltip = node instanceof Control control ? control.getTooltip() : null;
        Class<?> type = node.getClass();
        while (type.getSimpleName().isEmpty()) { // an anonymous cell, say
            type = type.getSuperclass();
        }
        return type.getSimpleName() + id + (tooltip != null ? " (with a tooltip)" : "");
    }

    private String report(List<Combo> combos) {
        Set<String> distinct = new LinkedHashSet<>(findings);
        StringBuilder text = new StringBuilder("# Layout sweep\n\n");
        text.append("Written by `LayoutSweepTest` (`./mvnw test -Dtest=LayoutSweepTest`), part of `./mvnw verify`.")
                .append("\n\nCombinations: ").append(combos.stream().map(Combo::toString)
                        .collect(Collectors.joining("; ")))
                .append(".\n\nJournals: the demo journal and an empty one (the empty one with the tour), and a damaged one")
                .append(" (the pane that says why it could not be opened).\n\n")
                .append("Checked in each state: a label whose text is cut off; an enabled button outside the window; a")
                .append(" control that its container hides in part, where no scrolling brings it into view; a page that")
                .append(" scrolls sideways; and, in the 1440×900 window, a control whose focus does not show.\n\n")
                .append("States checked: ").append(states).append(".\n\n")
                .append("Focus checks (a control with and without the keyboard focus, in the 1440×900 window): ")
                .append(focusChecks).append(".\n\n")
                .append("Findings: ").append(findings.size()).append(" (").append(distinct.size())
                .append(" distinct).\n\n");
        distinct.forEach(finding -> text.append("- ").append(finding).append('\n'));
        return text.toString();
    }
}
