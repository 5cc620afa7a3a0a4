package app.gutlog.ui;

import app.gutlog.ui.shell.ShellViewModel.State;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Says when the main window has become usable, for the start-up benchmark ({@code bench/startup.sh}). Only when the
 * system property {@value #PROPERTY} is {@code true}, it prints one line, {@value #READY_LINE}, to standard output once
 * the journal is open, its first page is shown and that page's first frame has been drawn (see
 * {@link #afterFirstFrame}). Otherwise it does nothing: GutLog writes nothing by default.
 */
final class StartupReport {

    static final String PROPERTY = "gutlog.startup.report";
    static final String READY_LINE = "gutlog: ready";

    private StartupReport() {}

    /** Reports once, after the first time {@code state} becomes READY (when the shell shows its first page). */
    static void whenReady(Scene scene, ObservableValue<State> state) {
        if (Boolean.getBoolean(PROPERTY)) {
            onceReady(scene, state, () -> {
                System.out.println(READY_LINE);
                System.out.flush();
            });
        }
    }

    /** Runs {@code report} once, after the first frame drawn once {@code state} has first become READY. */
    static void onceReady(Scene scene, ObservableValue<State> state, Runnable report) {
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends State> observable, State before, State now) {
                if (now == State.READY) {
                    state.removeListener(this);
                    afterFirstFrame(scene, report);
                }
            }
        });
    }

    /**
     * Runs {@code action} on the second pulse from now. The first lays out the scene as it is now and hands that frame to
     * the renderer; the second comes a pulse later (JavaFX paces pulses at about 60 a second), once the FX thread is free
     * again for input and the frame has had that time to be drawn.
     */
    static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable listener = new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                // not while the scene runs its pulse listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                if (pulses == 2) {
                    action.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
