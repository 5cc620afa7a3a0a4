import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second baseline of bench/startup.sh: about the least a window for logging a day could be. A menu bar with three
 * menus, seven navigation buttons and a form of a date picker, a slider, a spinner, a text field, a check box and a
 * default button, with five labels: nineteen stock controls, built in code rather than by FXMLLoader, in JavaFX's own
 * theme, over no journal. It prints its ready line by the same rule as the minimal window.
 */
public final class BareFormWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(
                menu("_File", item("_Export CSV…", "Shortcut+E"), item("_Quit", "Shortcut+Q")),
                menu("_View", item("_Larger text", "Shortcut+Equals")),
                menu("_Help", item("_About", "F1"))));
        VBox navigation = new VBox(2, new Label("GutLog"));
        Stream.of("Home", "Today", "History", "Insights", "Trials", "Measures", "Learn")
                .forEach(page -> navigation.getChildren().add(new ToggleButton(page)));
        root.setLeft(navigation);
        Button save = new Button("_Save");
        save.setDefaultButton(true);
        root.setCenter(new VBox(8, new DatePicker(), new Label("Bloating"), new Slider(0, 10, 0),
                new Label("Sleep (hours)"), new Spinner<Integer>(0, 24, 7), new Label("Notes"), new TextField(),
                new CheckBox("Took an NSAID"), save));
        root.setBottom(new Label("journal.db"));
        Scene scene = new Scene(root, 1100, 760);
        stage.setTitle("Bare day form");
        stage.setScene(scene);
        stage.show();
        FirstFrame.printWhenDrawn(scene, "bare-form: ready");
    }

    private static Menu menu(String text, MenuItem... items) {
        return new Menu(text, null, items);
    }

    private static MenuItem item(String text, String accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        return item;
    }
}
