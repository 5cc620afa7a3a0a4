package app.gutlog.ui.journal;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** What the day form asks before it drops unsaved edits or deletes a day. */
final class JournalDialogs {

    /** What to do with unsaved edits before leaving them: save them, drop them, or stay. */
    enum UnsavedEdits {
        SAVE,
        DISCARD,
        STAY
    }

    private JournalDialogs() {}

    /** Asks what to do with the unsaved edits to the day called {@code dateTitle}. */
    static UnsavedEdits askAboutUnsavedEdits(Window owner, String dateTitle) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + dateTitle + " are not saved yet.",
                save, discard, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save your changes first?");
        ask.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedEdits.STAY;
        }
        return answer.get() == save ? UnsavedEdits.SAVE : UnsavedEdits.DISCARD;
    }

    /**
     * Whether the person confirms deleting the day called {@code dateTitle}, which can be undone afterwards. Cancel is
     * the default button, so Enter never deletes.
     */
    static boolean confirmDelete(Window owner, String dateTitle) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Every value and the notes of this day will be removed. You can undo this right afterwards.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle("Delete day");
        confirm.setHeaderText("Delete " + dateTitle + "?");
        confirm.getDialogPane().setId("delete-dialog");
        Button delete = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        delete.setText("Delete");
        delete.setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
