package app.gutlog.ui.shell;

import app.gutlog.ui.shared.Appearance;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View > Theme and View > Text size: their items show the choice in force, and choosing one changes it. */
final class AppearanceMenus {

    private final Appearance appearance;

    AppearanceMenus(Appearance appearance) {
        this.appearance = appearance;
    }

    /** Makes each item choose its theme, and keeps the theme in force selected. */
    void bindThemes(Map<Theme, RadioMenuItem> items) {
        items.forEach((theme, item) -> item.setOnAction(event -> appearance.theme().set(theme)));
        Consumer<Theme> select = theme -> items.forEach((choice, item) -> item.setSelected(choice == theme));
        select.accept(appearance.theme().get());
        appearance.theme().addListener((observable, before, now) -> select.accept(now));
    }

    /** Adds a radio item for each text size below the larger / smaller / normal items already in {@code menu}. */
    void buildTextSizes(Menu menu) {
        ToggleGroup sizes = new ToggleGroup();
        Map<TextSize, RadioMenuItem> items = new EnumMap<>(TextSize.class);
        for (TextSize size : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.label());
            item.setId("text-size-" + size.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(sizes);
            item.setOnAction(event -> appearance.textSize().set(size));
            items.put(size, item);
            menu.getItems().add(item);
        }
        Consumer<TextSize> select = size -> items.get(size).setSelected(true);
        select.accept(appearance.textSize().get());
        appearance.textSize().addListener((observable, before, now) -> select.accept(now));
    }

    void largerText() {
        appearance.textSize().set(appearance.textSize().get().larger());
    }

    void smallerText() {
        appearance.textSize().set(appearance.textSize().get().smaller());
    }

    void normalText() {
        appearance.textSize().set(TextSize.NORMAL);
    }
}
