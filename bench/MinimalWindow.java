import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The baseline of bench/startup.sh: the least a JavaFX desktop app can be, a Stage with one Label, at GutLog's default
 * window size. Like GutLog with -Dgutlog.startup.report=true, it prints one line once its first frame has been drawn,
 * by the same rule as GutLog's StartupReport: after the pulse that lays the shown window out, a one-pixel snapshot
 * waits for the renderer to finish that frame.
 */
public final class MinimalWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("A minimal JavaFX window"), 1100, 760);
        stage.setTitle("Minimal window");
        stage.setScene(scene);
        stage.show();
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    SnapshotParameters onePixel = new SnapshotParameters();
                    onePixel.setViewport(new Rectangle2D(0, 0, 1, 1));
                    scene.getRoot().snapshot(onePixel, new WritableImage(1, 1));
                    System.out.println("minimal: ready");
                    System.out.flush();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
