package app.gutlog.ui.journal;

import app.gutlog.text.Texts;
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

    private static Texts texts() {
        return Texts.of(JournalDialogs.class);
    }

    /** Asks what to do with the unsaved edits to the day called {@code dateTitle}. */
    static UnsavedEdits askAboutUnsavedEdits(Window owner, String dateTitle) {
        ButtonType save = new ButtonType(texts().get("journal.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts().get("journal.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, texts().format("journal.unsaved.message", dateTitle),
                save, discard, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(texts().get("journal.unsaved.title"));
        ask.setHeaderText(texts().get("journal.unsaved.header"));
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
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts().get("journal.delete.message"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(texts().get("journal.delete.title"));
        confirm.setHeaderText(texts().format("journal.delete.header", dateTitle));
        confirm.getDialogPane().setId("delete-dialog");
        Button delete = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        delete.setText(texts().get("journal.delete"));
        delete.setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
