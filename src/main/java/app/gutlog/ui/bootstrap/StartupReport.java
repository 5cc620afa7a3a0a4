package app.gutlog.ui.bootstrap;

import app.gutlog.ui.shell.ShellViewModel.State;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

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
     * Runs {@code action} once the scene as it is now has been drawn. The next pulse lays it out and hands its frame to
     * the renderer, which draws it on a thread of its own; a snapshot taken after that pulse waits for the renderer to
     * finish the frames it has been handed (JavaFX renders snapshots only after them), and one of a single pixel costs
     * next to nothing itself.
     */
    static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                // after this pulse has handed its frame to the renderer, and not while the scene runs its listeners
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    waitUntilDrawn(scene);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    private static void waitUntilDrawn(Scene scene) {
        SnapshotParameters onePixel = new SnapshotParameters();
        onePixel.setViewport(new Rectangle2D(0, 0, 1, 1));
        scene.getRoot().snapshot(onePixel, new WritableImage(1, 1));
    }
}
