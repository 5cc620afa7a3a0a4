package app.gutlog.ui;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the navigation: its title, icon and shortcut, and how to build its page the first time it is shown.
 */
public record Feature(String title, Ikon icon, KeyCombination shortcut, Function<FeatureContext, Page> pageFactory) {

    /** A built page: its root node, and what to do each time it is shown again (such as reloading its data). */
    public record Page(Parent root, Runnable onShown) {}
}
