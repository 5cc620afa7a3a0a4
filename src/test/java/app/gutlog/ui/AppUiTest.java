package app.gutlog.ui;

import app.gutlog.app.AppServices;
import app.gutlog.ui.bootstrap.GutLogApp;
import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.TextSize;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real desktop app, headless, on a journal in a temporary folder with throw-away settings. */
@Tag("ui")
public abstract class AppUiTest extends FxRobot {

    @TempDir
    protected Path temp;

    protected Preferences preferences;
    /** The addresses the app asked the system browser to open. */
    protected final java.util.List<String> browsed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Application app;
    /** The system's colour scheme as the app sees it; a test may change it. */
    protected final ObjectProperty<ColorScheme> systemScheme = new SimpleObjectProperty<>(ColorScheme.LIGHT);

    @BeforeEach
    void registerStage() throws Exception {
        preferences = Preferences.userRoot().node("gutlog-test/" + UUID.randomUUID());
        FxToolkit.registerPrimaryStage();
    }

    /**
     * Stops the app and empties its settings. The node itself stays (in the build's folder): work the app had under
     * way, a page finishing its build, may still read a setting after the app stopped, and reading a removed node
     * throws, into whichever test comes next.
     */
    @AfterEach
    void stopApp() throws Exception {
        stop();
        FxToolkit.cleanupStages();
        preferences.clear();
    }

    /** A journal of {@code days} demo days whose pages are then overwritten, with a good backup made before. */
    protected static Path damagedJournalWithABackup(Path journal, int days) throws Exception {
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(days, 3);
            services.backups().backUpNow();
        }
        try (RandomAccessFile raw = new RandomAccessFile(journal.toFile(), "rw")) {
            raw.seek(4096 * 3);
            raw.write(new byte[4096 * 4]);
        }
        return journal;
    }

    protected void start(Path journal) throws Exception {
        app = FxToolkit.setupApplication(() -> new GutLogApp(journal, new UiSettings(preferences), browsed::add, systemScheme));
    }

    /** Starts the app with the text at {@code size}, and sizes its window to {@code width} × {@code height}. */
    protected void startSized(Path journal, TextSize size, double width, double height)
            throws Exception {
        new UiSettings(preferences).setTextSize(size);
        start(journal);
        waitUntilVisible("#home-page");
        Stage stage = (Stage) window("GutLog");
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    protected void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /**
     * Clicks through a menu, moving sideways first into each submenu as a person does, so that the pointer does not
     * cross (and open) the items below.
     */
    protected void clickMenu(String... names) {
        for (String name : names) {
            clickOn(name, Motion.HORIZONTAL_FIRST);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Until the node is visible, and the FX thread has finished what it was doing when it showed it: the test thread
     * can see a node become visible in the middle of the event that goes on to fill it.
     */
    protected void waitUntilVisible(String query) throws Exception {
        waitUntilSeen(query + " visible", () -> visibility(query), "visible"::equals);
    }

    /** Until the node is hidden or in no window, or says that it is still visible. */
    protected void waitUntilNotVisible(String query) throws Exception {
        waitUntilSeen(query + " not visible", () -> visibility(query), seen -> !"visible".equals(seen));
    }

    /** Whether the (first) node the query finds is "visible" or "hidden", or that it is "in no window". */
    protected String visibility(String query) {
        return onFxThread(() -> lookup(query).tryQuery().map(node -> node.isVisible() ? "visible" : "hidden")
                .orElse("in no window"));
    }

    /** Until the node has the focus, or says which node has it instead. */
    protected void waitUntilFocused(String query) throws Exception {
        waitUntilSeen(query + " focused", () -> focused(query) ? "focused" : onFxThread(this::focusOwner),
                "focused"::equals);
    }

    protected boolean focused(String query) {
        return onFxThread(() -> lookup(query).tryQuery().map(Node::isFocused).orElse(false));
    }

    /** Where the focus is instead: "the focus on Button[id=tour-skip, …]", or that no window has it. */
    private String focusOwner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .map(window -> "the focus on " + (window.getScene() == null ? "a window without a scene"
                        : window.getScene().getFocusOwner()))
                .orElse("no window focused");
    }

    /** Until the day form's #date-picker holds {@code day}, or says which day it held instead. */
    protected void waitUntilFormDate(LocalDate day) throws Exception {
        waitUntilSeen("#date-picker to hold " + day, () -> onFxThread(() -> lookup("#date-picker").tryQuery()
                .map(picker -> Objects.toString(((DatePicker) picker).getValue(), "no day")).orElse("no #date-picker")),
                day.toString()::equals);
    }

    /** Until the node's text (a label's, or a text field's) contains {@code part}, or says what it read instead. */
    protected void waitUntilTextContains(String query, String part) throws Exception {
        waitUntilSeen(query + " to contain \"" + part + "\"", () -> textOf(query),
                text -> text != null && text.contains(part));
    }

    /** Until the node's text (a label's, or a text field's) reads {@code expected}, or says what it read instead. */
    protected void waitUntilTextIs(String query, String expected) throws Exception {
        waitUntilSeen(query + " to read \"" + expected + "\"", () -> textOf(query), expected::equals);
    }

    private String textOf(String query) {
        return onFxThread(() -> lookup(query).tryQuery().map(node -> node instanceof TextInputControl input
                ? input.getText() : ((Labeled) node).getText()).orElse(null));
    }

    /** Until no window holds the node (a dialog closed, say), or says where it still is. */
    protected void waitUntilGone(String query) throws Exception {
        waitUntilSeen(query + " gone", () -> onFxThread(() -> lookup(query).tryQuery()
                .map(node -> node.isVisible() ? "still shown" : "still there, hidden").orElse("gone")), "gone"::equals);
    }

    /** Until the node is there and hidden (a busy indicator once the work is done, say), or says what it was. */
    protected void waitUntilHidden(String query) throws Exception {
        waitUntilSeen(query + " hidden", () -> visibility(query), "hidden"::equals);
    }

    /**
     * Until {@code seen} gives what {@code expected} accepts. A timeout fails with what was expected and what was
     * last seen, as in "expected #field-bloating focused within 10 s, but saw: the focus on Button[id=save-button…]".
     * Every wait in the UI tests goes through here, so that none fails with a bare timeout.
     */
    protected <T> void waitUntilSeen(String expectation, java.util.concurrent.Callable<T> seen,
            java.util.function.Predicate<? super T> expected) throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            waitUntil(() -> {
                last.set(seen.call());
                return expected.test(last.get());
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + expectation + " within 10 s, but saw: " + last.get(), e);
        }
    }

    /** Until the labelled node's text starts with {@code prefix}; a timeout says what the text was instead. */
    protected void waitUntilTextStartsWith(String query, String prefix) throws Exception {
        Labeled labeled = lookup(query).queryLabeled();
        waitUntilSeen(query + " to start with \"" + prefix + "\"", labeled::getText,
                text -> text != null && text.startsWith(prefix));
    }

    /**
     * Reads the scene graph on the FX thread: a lookup from the test thread can meet a parent whose children the FX
     * thread is changing (a page being built a few nodes a frame) and fail with an IndexOutOfBoundsException.
     */
    protected static <T> T onFxThread(java.util.concurrent.Callable<T> read) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not read the scene on the FX thread", e);
        }
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
