package app.gutlog.ui.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The day form's keyboard shortcuts. They work wherever the focus is in the page's scene; the first shortcut added
 * that matches a key press runs, and the press goes no further.
 */
final class JournalShortcuts {

    private record Shortcut(Predicate<KeyEvent> keys, Runnable action) {}

    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final EventHandler<KeyEvent> onKeyPressed = this::run;

    JournalShortcuts on(KeyCombination keys, Runnable action) {
        shortcuts.add(new Shortcut(keys::match, action));
        return this;
    }

    /**
     * Runs {@code action} on {@code keys} while {@code active} says so; otherwise the keys go on to the focused control
     * (Ctrl+Z to a text field's own undo, say).
     */
    JournalShortcuts when(KeyCombination keys, BooleanSupplier active, Runnable action) {
        shortcuts.add(new Shortcut(event -> keys.match(event) && active.getAsBoolean(), action));
        return this;
    }

    /** Runs {@code action} on Escape, whatever modifier is held with it, while {@code active} is true. */
    JournalShortcuts onEscape(ObservableBooleanValue active, Runnable action) {
        shortcuts.add(new Shortcut(event -> event.getCode() == KeyCode.ESCAPE && active.get(), action));
        return this;
    }

    /** Listens for the shortcuts in whichever scene {@code page} is in. */
    void install(Node page) {
        page.sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, onKeyPressed);
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, onKeyPressed);
            }
        });
    }

    private void run(KeyEvent event) {
        shortcuts.stream().filter(shortcut -> shortcut.keys().test(event)).findFirst().ifPresent(shortcut -> {
            event.consume();
            shortcut.action().run();
        });
    }
}
