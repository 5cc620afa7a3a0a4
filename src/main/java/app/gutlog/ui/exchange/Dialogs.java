package app.gutlog.ui.exchange;

import app.gutlog.ui.shared.DialogButtons;
import app.gutlog.ui.shared.Views;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** What the exchange dialogs share: building one from its view, and choosing a file. */
final class Dialogs {

    private Dialogs() {}

    /** A dialog on {@code controller}'s view, with an action button named {@code action} and Cancel. */
    static Dialog<ButtonType> create(Object controller, Window owner, String title, ButtonType action) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = (DialogPane) Views.load(controller);
        pane.getButtonTypes().setAll(action, ButtonType.CANCEL);
        DialogButtons.keepLabels(pane);
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        return dialog;
    }

    static ButtonType action(String text) {
        return new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
    }

    static Button button(Dialog<?> dialog, ButtonType type) {
        return (Button) dialog.getDialogPane().lookupButton(type);
    }

    /**
     * Lets the person pick a file for {@code field}, starting from the file it names now, or else from
     * {@code startFolder}.
     */
    static void choose(TextField field, String title, String description, String extension, boolean save,
            Supplier<Path> startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        Path current = field.getText().isBlank() ? startFolder.get() : Path.of(field.getText().strip());
        File folder = (current.toFile().isDirectory() ? current : current.toAbsolutePath().getParent()).toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        if (save && !current.toFile().isDirectory()) {
            chooser.setInitialFileName(current.getFileName().toString());
        }
        Window owner = field.getScene().getWindow();
        File chosen = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (chosen != null) {
            field.setText(chosen.getPath());
        }
    }
}
