import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

/**
 * The ready rule of bench/startup.sh's baselines, the same as GutLog's StartupReport: after the pulse that lays the
 * shown window out, a one-pixel snapshot waits for the renderer to finish that frame, and then one line is printed.
 */
final class FirstFrame {

    private FirstFrame() {}

    static void printWhenDrawn(Scene scene, String readyLine) {
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
                    System.out.println(readyLine);
                    System.out.flush();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
