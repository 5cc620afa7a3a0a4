package app.gutlog.ui.shell;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.KeyBindings;
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

/** Help > Keyboard shortcuts: every menu's shortcuts, read from the menus themselves, and the pages' own keys. */
final class ShortcutSheet {

    /** A shortcut's keys and what they do; a menu item's is named with its submenu ("Theme: Dark"). */
    private record Shortcut(String keys, String action) {}

    private ShortcutSheet() {}

    static void show(MenuBar menuBar, Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        Texts texts = Texts.of(ShortcutSheet.class);
        alert.setTitle(texts.get("shell.shortcuts.title"));
        alert.setHeaderText(texts.get("shell.shortcuts.title"));
        ScrollPane scroll = new ScrollPane(sheet(menuBar, texts));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(440, owner.getHeight() * 0.6));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.show();
    }

    private static GridPane sheet(MenuBar menuBar, Texts texts) {
        GridPane sheet = new GridPane();
        sheet.setHgap(24);
        sheet.setVgap(4);
        int row = 0;
        for (Menu menu : menuBar.getMenus()) {
            for (Shortcut shortcut : shortcuts(menu, null, texts)) {
                sheet.addRow(row++, new Label(shortcut.keys()), new Label(shortcut.action()));
            }
        }
        Label dayForm = new Label(texts.get("shell.shortcuts.inThePages"));
        dayForm.getStyleClass().add("title-4");
        sheet.add(dayForm, 0, row++, 2, 1);
        for (KeyBindings.PageKey key : KeyBindings.pageKeys()) {
            sheet.addRow(row++, new Label(key.keys()), new Label(key.action()));
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        sheet.getColumnConstraints().addAll(keys, actions);
        return sheet;
    }

    /** The shortcuts of {@code menu}'s items; {@code submenu} is the menu's name when it is a submenu, else null. */
    private static List<Shortcut> shortcuts(Menu menu, String submenu, Texts texts) {
        List<Shortcut> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String name = item.getText() == null ? "" : item.getText().replace("_", "").replace("…", "");
            if (item instanceof Menu inner) {
                all.addAll(shortcuts(inner, name, texts));
            } else if (item.getAccelerator() != null) {
                all.add(new Shortcut(item.getAccelerator().getDisplayText(),
                        submenu == null ? name : texts.format("shell.shortcuts.inSubmenu", submenu, name)));
            }
        }
        return all;
    }
}
