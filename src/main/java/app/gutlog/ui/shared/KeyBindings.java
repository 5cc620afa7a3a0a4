package app.gutlog.ui.shared;

import app.gutlog.text.Texts;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, in one place. The menus (ShellView.fxml, by {@code fx:constant}), the pages'
 * own key handlers, the tour of the day form and Help > Keyboard shortcuts all read them here.
 */
public final class KeyBindings {

    public static final KeyCombination EXPORT = shortcut(KeyCode.E);
    public static final KeyCombination IMPORT = shortcut(KeyCode.O);
    public static final KeyCombination REPORT = shortcut(KeyCode.P);
    public static final KeyCombination BACK_UP = shortcut(KeyCode.B);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    public static final KeyCombination CHECK_IN = shortcut(KeyCode.K);
    public static final KeyCombination LIGHT_THEME = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination DARK_THEME = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination LARGER_TEXT = shortcut(KeyCode.EQUALS);
    public static final KeyCombination SMALLER_TEXT = shortcut(KeyCode.MINUS);
    public static final KeyCombination NORMAL_TEXT = shortcut(KeyCode.DIGIT0);
    public static final KeyCombination SHORTCUTS = shortcut(KeyCode.SLASH);
    public static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);

    public static final KeyCombination SAVE = shortcut(KeyCode.S);
    public static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    public static final KeyCombination TODAY = shortcut(KeyCode.T);
    public static final KeyCombination COPY_FROM_YESTERDAY = shortcut(KeyCode.Y);
    public static final KeyCombination WHY_WE_ASK = shortcut(KeyCode.I);
    public static final KeyCombination UNDO = shortcut(KeyCode.Z);
    public static final KeyCombination FIND_NOTES = shortcut(KeyCode.F);

    /** Keys that work inside a page, which no menu shows: the keys as the person reads them, and what they do. */
    public record PageKey(String keys, String action) {}

    /** The day form's, the check-in's and History's own keys, in the order Help > Keyboard shortcuts lists them. */
    public static List<PageKey> pageKeys() {
        Texts texts = Texts.of(KeyBindings.class);
        return List.of(
                new PageKey(text(SAVE), texts.get("shared.action.save")),
                new PageKey(texts.format("shared.keys.either", text(PREVIOUS_DAY), text(NEXT_DAY)),
                        texts.get("shared.action.previousNext")),
                new PageKey(text(TODAY), texts.get("shared.action.today")),
                new PageKey(text(COPY_FROM_YESTERDAY), texts.get("shared.action.copyFromYesterday")),
                new PageKey(texts.get("shared.keys.tab"), texts.get("shared.action.nextField")),
                new PageKey(texts.get("shared.keys.upDown"), texts.get("shared.action.step")),
                new PageKey(text(WHY_WE_ASK), texts.get("shared.action.whyWeAsk")),
                new PageKey(text(UNDO), texts.get("shared.action.undo")),
                new PageKey(texts.get("shared.keys.escape"), texts.get("shared.action.endTour")),
                new PageKey(texts.get("shared.keys.digits"), texts.get("shared.action.checkIn.set")),
                new PageKey(texts.get("shared.keys.yesNo"), texts.get("shared.action.checkIn.yesNo")),
                new PageKey(texts.get("shared.keys.repeat"), texts.get("shared.action.checkIn.repeat")),
                new PageKey(texts.get("shared.keys.backspace"), texts.get("shared.action.checkIn.clear")),
                new PageKey(texts.get("shared.keys.enter"), texts.get("shared.action.checkIn.moveOn")),
                new PageKey(text(FIND_NOTES), texts.get("shared.action.findNotes")));
    }

    private KeyBindings() {}

    /** The key that goes with Ctrl (Command on a Mac) to open the {@code number}th page: 1 for Home, and so on. */
    public static KeyCombination page(int number) {
        return shortcut(KeyCode.getKeyCode(Integer.toString(number)));
    }

    /** Ends {@code control}'s tooltip with the keys that do the same, as "Save this day (Ctrl+S)". */
    public static void nameInTooltip(Control control, KeyCombination keys) {
        Tooltip tooltip = control.getTooltip();
        Texts texts = Texts.of(KeyBindings.class);
        tooltip.setText(texts.format("shared.keys.inTooltip", tooltip.getText(), text(keys)));
    }

    /** The keys as this platform writes them: "Ctrl+S", "Alt+←". */
    public static String text(KeyCombination keys) {
        return keys.getDisplayText();
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
