package app.gutlog.ui.shell;

import app.gutlog.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Help > About GutLog: the version, the licence and where the journal is, under the app's icon. */
final class AboutBox {

    private static final String ICON = "/assets/icons/gutlog-64.png";

    private AboutBox() {}

    /** Shows the box and returns once it is closed. */
    static void show(ShellViewModel model, Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        Texts texts = Texts.of(AboutBox.class);
        about.setTitle(texts.get("shell.about.title"));
        about.setHeaderText(model.aboutTitle());
        about.setContentText(model.aboutText());
        about.setGraphic(new ImageView(new Image(AboutBox.class.getResource(ICON).toExternalForm())));
        about.getDialogPane().setId("about-dialog");
        about.getDialogPane().setPrefWidth(520);
        about.showAndWait();
    }
}
