package app.gutlog.ui.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The {@link DialogService} of a window: JavaFX alerts owned by it, which wait for an answer when they ask one. Call
 * on the JavaFX thread.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final double width;

    /** Dialogs owned by the window that {@code owner} gives when one is shown, as wide as their text needs. */
    public FxDialogService(Supplier<Window> owner) {
        this(owner, 0);
    }

    private FxDialogService(Supplier<Window> owner, double width) {
        this.owner = owner;
        this.width = width;
    }

    /** The same window's dialogs, {@code width} wide: for messages that name long file paths. */
    public FxDialogService withWidth(double width) {
        return new FxDialogService(owner, width);
    }

    @Override
    public void tell(String id, Kind kind, String header, String text) {
        Alert alert = new Alert(alertType(kind), text, ButtonType.OK);
        alert.setHeaderText(header);
        own(alert, id).show();
    }

    @Override
    public void tellDone(String id, String header, String text, String openLabel, Runnable open) {
        ButtonType openType = new ButtonType(openLabel, ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, openType, ButtonType.OK);
        alert.setHeaderText(header);
        own(alert, id);
        enterPresses(alert, ButtonType.OK, openType);
        alert.resultProperty().addListener((observable, before, chosen) -> {
            if (chosen == openType) {
                open.run();
            }
        });
        alert.show();
    }

    @Override
    public boolean confirm(String id, String header, String text, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, action, ButtonType.CANCEL);
        ask.setHeaderText(header);
        own(ask, id);
        enterPresses(ask, ButtonType.CANCEL, action);
        return ask.showAndWait().filter(action::equals).isPresent();
    }

    /** Makes {@code pressed} the button that Enter presses, rather than {@code other}. */
    private static void enterPresses(Alert alert, ButtonType pressed, ButtonType other) {
        button(alert, other).setDefaultButton(false);
        button(alert, pressed).setDefaultButton(true);
    }

    @Override
    public boolean confirmUndoable(String id, String header, String text, String actionLabel) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text);
        ask.setHeaderText(header);
        own(ask, id);
        button(ask, ButtonType.OK).setText(actionLabel);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public <T> Optional<T> choose(String id, String title, String header, String label, List<T> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> choose = new ChoiceDialog<>(choices.getFirst(), choices);
        choose.setTitle(title);
        choose.setHeaderText(header);
        choose.setContentText(label);
        own(choose, id);
        if (choose.getDialogPane().lookup(".combo-box") instanceof ComboBox<?> list) {
            list.setId(id.replaceFirst("-dialog$", "") + "-choice");
            list.setMinWidth(Region.USE_PREF_SIZE);
        }
        return choose.showAndWait();
    }

    @Override
    public Optional<String> askText(String id, String title, String header, String label, String actionLabel,
            Predicate<String> acceptable) {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(title);
        ask.setHeaderText(header);
        ask.setContentText(label);
        own(ask, id);
        Button action = button(ask, ButtonType.OK);
        action.setText(actionLabel);
        action.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !acceptable.test(ask.getEditor().getText()), ask.getEditor().textProperty()));
        return ask.showAndWait().filter(acceptable);
    }

    private <D extends Dialog<?>> D own(D dialog, String id) {
        dialog.initOwner(owner.get());
        dialog.getDialogPane().setId(id);
        if (width > 0) {
            dialog.getDialogPane().setPrefWidth(width);
        }
        return dialog;
    }

    private static Button button(Dialog<?> dialog, ButtonType type) {
        return (Button) dialog.getDialogPane().lookupButton(type);
    }

    private static Alert.AlertType alertType(Kind kind) {
        return switch (kind) {
            case INFORMATION -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        };
    }
}
