package app.gutlog.ui.shared;

import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * How every window of the app looks: the theme (light, dark, or following the system's colour scheme) and the text
 * size. Both are remembered in the settings and applied to every window, dialogs included, as soon as they change.
 */
public final class Appearance {

    /** The app's own styles, which the main window's view loads; dialogs get them when they are shown. */
    private static final String APP_STYLESHEET =
            Appearance.class.getResource("/app/gutlog/ui/gutlog.css").toExternalForm();

    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<TextSize> textSize;
    private final ObservableValue<ColorScheme> systemScheme;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::applyToNewWindow);
        }
    };
    private final ChangeListener<ColorScheme> schemeChanged = (observable, before, now) -> applyTheme();

    /** {@code systemScheme} is the system's colour scheme, followed while the theme is {@link Theme#SYSTEM}. */
    public Appearance(AppearanceSettings settings, ObservableValue<ColorScheme> systemScheme) {
        this.theme = new SimpleObjectProperty<>(settings.theme());
        this.textSize = new SimpleObjectProperty<>(settings.textSize());
        this.systemScheme = systemScheme;
        theme.addListener((observable, before, now) -> {
            settings.setTheme(now);
            applyTheme();
        });
        textSize.addListener((observable, before, now) -> {
            settings.setTextSize(now);
            Window.getWindows().forEach(this::applyTextSize);
        });
    }

    /** Applies the theme now, and the text size to every window now and to every window opened later. */
    public void apply() {
        applyTheme();
        Window.getWindows().forEach(this::applyTextSize);
        Window.getWindows().addListener(newWindows);
        systemScheme.addListener(schemeChanged);
    }

    /** Stops following new windows and the system's colour scheme. */
    public void close() {
        Window.getWindows().removeListener(newWindows);
        systemScheme.removeListener(schemeChanged);
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public ObjectProperty<TextSize> textSize() {
        return textSize;
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(theme.get().stylesheet(systemScheme.getValue()));
    }

    /**
     * A window joins the list once it is shown, already sized for the default text: a dialog gets the app's styles
     * (its focus ring among them), is sized again for the text size in force (where it fits the screen), and its
     * buttons keep their whole label, so that nothing in it is cut off. A dialog taller than the screen is made as
     * tall as the screen, from its top, so that its buttons stay in reach.
     */
    private void applyToNewWindow(Window window) {
        applyTextSize(window);
        if (window instanceof Stage dialog && dialog.getOwner() != null && dialog.getScene() != null) {
            if (!dialog.getScene().getStylesheets().contains(APP_STYLESHEET)) {
                dialog.getScene().getStylesheets().add(APP_STYLESHEET);
            }
            Parent root = dialog.getScene().getRoot();
            if (root instanceof DialogPane pane) {
                DialogButtons.keepLabels(pane);
            }
            if (textSize.get() != TextSize.NORMAL) {
                root.applyCss();
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                double width = root.prefWidth(-1);
                if (width <= screen.getWidth() && root.prefHeight(width) <= screen.getHeight()) {
                    dialog.sizeToScene();
                }
            }
            Platform.runLater(() -> fitOnScreen(dialog)); // once showing has placed and sized it
        }
    }

    private static void fitOnScreen(Stage dialog) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (dialog.getHeight() > screen.getHeight()) {
            dialog.setY(screen.getMinY());
            dialog.setHeight(screen.getHeight());
        }
    }

    private void applyTextSize(Window window) {
        if (window.getScene() != null) {
            applyTextSize(window.getScene());
        }
    }

    private void applyTextSize(Scene scene) {
        scene.getStylesheets().removeIf(sheet -> sheet.startsWith(TextSize.STYLESHEET_PREFIX));
        scene.getStylesheets().add(textSize.get().stylesheet());
    }
}
