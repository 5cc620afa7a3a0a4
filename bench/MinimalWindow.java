import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of bench/startup.sh: the least a JavaFX desktop app can be, a Stage with one Label, at GutLog's default
 * window size. Like GutLog with -Dgutlog.startup.report=true, it prints one line once its first frame has been drawn.
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
        FirstFrame.printWhenDrawn(scene, "minimal: ready");
    }
}
