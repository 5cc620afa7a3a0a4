package app.gutlog.ui.shared;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * A dialog's buttons keep their whole label at every text size. The button bar gives its buttons one width, fixed
 * when it first lays them out, before a larger text size applies; so each button takes the width its own label
 * needs, and never less.
 */
public final class DialogButtons {

    private DialogButtons() {}

    public static void keepLabels(DialogPane pane) {
        pane.getButtonTypes().forEach(type -> {
            Node button = pane.lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            if (button instanceof Region region) {
                region.setPrefWidth(Region.USE_COMPUTED_SIZE);
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }
}
