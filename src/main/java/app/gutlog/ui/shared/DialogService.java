package app.gutlog.ui.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asks and tells the person things in dialogs of the window. View models and flows call this rather than build
 * dialogs themselves, so that tests can answer for the person. Every dialog has an id, which names its dialog pane.
 */
public interface DialogService {

    /** How serious a message is, which sets its icon. */
    enum Kind {
        INFORMATION,
        WARNING,
        ERROR
    }

    /** Shows a message with an OK button, and returns at once. */
    void tell(String id, Kind kind, String header, String text);

    /**
     * Says that something was done, with OK (the default) and a button named {@code openLabel} that runs
     * {@code open}, as "Open folder" after an export; returns at once.
     */
    void tellDone(String id, String header, String text, String openLabel, Runnable open);

    /**
     * Asks before something that cannot be undone, such as replacing a file; the action's button is named
     * {@code actionLabel} and Cancel is the default. True when the person chose the action.
     */
    boolean confirm(String id, String header, String text, String actionLabel);

    /** As {@link #confirm}, for something that can be undone: the action is the default. */
    boolean confirmUndoable(String id, String header, String text, String actionLabel);

    /**
     * Lets the person pick one of {@code choices} (the first is picked to start with), each shown by its
     * {@code toString()}. The list is named after the dialog: {@code restore-dialog}'s is {@code restore-choice}.
     * Empty when the person cancelled.
     */
    <T> Optional<T> choose(String id, String title, String header, String label, List<T> choices);

    /**
     * Asks for a line of text; the action's button, named {@code actionLabel}, works only while the text is
     * {@code acceptable}. Empty when the person cancelled.
     */
    Optional<String> askText(String id, String title, String header, String label, String actionLabel,
            Predicate<String> acceptable);
}
