package app.gutlog.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: every menu's shortcuts, read from the menus themselves, and the day form's keys. */
final class ShortcutSheet {

    /** Keys that work inside the day form, beside the menus' own shortcuts. */
    private static final List<Shortcut> DAY_FORM_KEYS = List.of(
            new Shortcut("Ctrl+S", "Save the day"),
            new Shortcut("Alt+Left / Alt+Right", "Previous / next day"),
            new Shortcut("Ctrl+T", "Today"),
            new Shortcut("Ctrl+Y", "Copy from yesterday"),
            new Shortcut("Tab / Shift+Tab", "Next / previous field"),
            new Shortcut("Up / Down", "One step up or down the field's scale"),
            new Shortcut("Ctrl+I", "Why GutLog asks about the field (opens Learn)"),
            new Shortcut("Ctrl+Z", "Undo a deletion, or the edits to a saved day"),
            new Shortcut("Esc", "End the tour of the day form"),
            new Shortcut("0–9, + or =", "Check-in: set a value (+ or = sets the top) and move on"),
            new Shortcut("Space, Y, N", "Check-in: answer a yes/no question"),
            new Shortcut("R", "Check-in: repeat the day before's value"),
            new Shortcut("Backspace", "Check-in: back to not logged"),
            new Shortcut("Enter", "Check-in: move on; on the note, save"),
            new Shortcut("Ctrl+F", "History: search the notes"));

    /** A shortcut's keys and what they do; a menu item's is named with its submenu ("Theme: Dark"). */
    private record Shortcut(String keys, String action) {}

    private ShortcutSheet() {}

    static void show(MenuBar menuBar, Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(sheet(menuBar));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(440, owner.getHeight() * 0.6));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.show();
    }

    private static GridPane sheet(MenuBar menuBar) {
        GridPane sheet = new GridPane();
        sheet.setHgap(24);
        sheet.setVgap(4);
        int row = 0;
        for (Menu menu : menuBar.getMenus()) {
            for (Shortcut shortcut : shortcuts(menu, "")) {
                sheet.addRow(row++, new Label(shortcut.keys()), new Label(shortcut.action()));
            }
        }
        Label dayForm = new Label("In the day form");
        dayForm.getStyleClass().add("title-4");
        sheet.add(dayForm, 0, row++, 2, 1);
        for (Shortcut key : DAY_FORM_KEYS) {
            sheet.addRow(row++, new Label(key.keys()), new Label(key.action()));
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        sheet.getColumnConstraints().addAll(keys, actions);
        return sheet;
    }

    private static List<Shortcut> shortcuts(Menu menu, String prefix) {
        List<Shortcut> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String name = item.getText() == null ? "" : item.getText().replace("_", "").replace("…", "");
            if (item instanceof Menu submenu) {
                all.addAll(shortcuts(submenu, name + ": "));
            } else if (item.getAccelerator() != null) {
                all.add(new Shortcut(item.getAccelerator().getDisplayText(), prefix + name));
            }
        }
        return all;
    }
}
