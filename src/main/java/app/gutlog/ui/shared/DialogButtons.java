package app.gutlog.ui.shared;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/** A dialog's buttons keep their whole label at every text size: the button bar may not shrink them. */
public final class DialogButtons {

    private DialogButtons() {}

    public static void keepLabels(DialogPane pane) {
        pane.getButtonTypes().forEach(type -> {
            Node button = pane.lookupButton(type);
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }
}
