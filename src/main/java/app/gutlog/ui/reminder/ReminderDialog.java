package app.gutlog.ui.reminder;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogButtons;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Daily reminder…": turns the reminder on at a time, or off; it stays open with the reason if that fails. */
public final class ReminderDialog {

    static final double WIDTH = 520;

    private ReminderDialog() {}

    public static void show(Window owner, ReminderViewModel model) {
        Texts texts = Texts.of(ReminderDialog.class);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("reminder.title"));
        dialog.setHeaderText(texts.get("reminder.dialog.header"));
        dialog.getDialogPane().setId("reminder-dialog");
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(new ReminderChooser(model));
        ButtonType save = new ButtonType(texts.get("reminder.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        DialogButtons.keepLabels(dialog.getDialogPane());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("reminder-save");
        saveButton.disableProperty().bind(model.busy());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.apply(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        model.load();
        dialog.show();
    }
}
