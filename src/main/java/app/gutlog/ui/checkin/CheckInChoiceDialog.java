package app.gutlog.ui.checkin;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogButtons;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/** The choice of what the check-in tracks, in a dialog of its own, for the Measures page. */
public final class CheckInChoiceDialog {

    private CheckInChoiceDialog() {}

    public static void show(Window owner, CheckInPlan plan) {
        Texts texts = Texts.of(CheckInChoiceDialog.class);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("checkin.dialog.title"));
        TrackedSetPicker picker = new TrackedSetPicker(plan, texts.get("checkin.dialog.save"), dialog::close, null);
        ScrollPane scroll = new ScrollPane(picker.root());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(520);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("check-in-choice-dialog");
        pane.setContent(scroll);
        pane.getButtonTypes().setAll(ButtonType.CANCEL);
        DialogButtons.keepLabels(pane);
        dialog.setResizable(true);
        dialog.setOnShown(event -> picker.firstChoice().requestFocus());
        dialog.show();
    }
}
