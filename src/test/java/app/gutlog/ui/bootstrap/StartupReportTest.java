package app.gutlog.ui.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.AppUiTest;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The start-up report: one line once the first page has been drawn, only when asked for, and nothing otherwise. */
class StartupReportTest extends AppUiTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream standardOut;

    @BeforeEach
    void captureStandardOutput() {
        standardOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardOutput() {
        System.setOut(standardOut);
        System.clearProperty(StartupReport.PROPERTY);
    }

    @Test
    void saysReadyOnceTheFirstPageIsShownAndDrawn() throws Exception {
        System.setProperty(StartupReport.PROPERTY, "true");
        start(temp.resolve("journal.db"));

        waitUntilSeen("the ready line printed", this::printed, printed -> printed.contains(StartupReport.READY_LINE));

        assertThat(lookup("#home-page").tryQuery()).isPresent();
        afterPulses(5);
        assertThat(printed()).isEqualTo(StartupReport.READY_LINE + System.lineSeparator());
    }

    @Test
    void saysNothingUnlessAsked() throws Exception {
        start(temp.resolve("journal.db"));

        waitUntilVisible("#home-page");
        afterPulses(5);

        assertThat(printed()).isEmpty();
    }

    @Test
    void reportsOnlyTheFirstTimeTheJournalIsReady() throws Exception {
        AtomicInteger reports = new AtomicInteger();
        SimpleObjectProperty<State> state = new SimpleObjectProperty<>(State.OPENING);
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            Scene scene = new Scene(new Label("GutLog"));
            stage.setScene(scene);
            stage.show();
            StartupReport.onceReady(scene, state, reports::incrementAndGet);
        });
        afterPulses(3);
        assertThat(reports).hasValue(0);

        interact(() -> state.set(State.READY));
        waitUntilSeen("one report", reports::get, count -> count == 1);
        interact(() -> {
            state.set(State.OPENING);
            state.set(State.READY);
        });
        afterPulses(5);

        assertThat(reports).hasValue(1);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Waits for {@code count} more pulses of the JavaFX toolkit. */
    private static void afterPulses(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(() -> {
                Scene scene = Window.getWindows().isEmpty() ? null : Window.getWindows().getFirst().getScene();
                if (scene == null) {
                    pulse.countDown();
                    return;
                }
                Runnable listener = new Runnable() {
                    @Override
                    public void run() {
                        pulse.countDown();
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    }
                };
                scene.addPostLayoutPulseListener(listener);
                Platform.requestNextPulse();
            });
            assertThat(pulse.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
