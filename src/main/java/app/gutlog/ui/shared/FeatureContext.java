package app.gutlog.ui.shared;

import app.gutlog.app.AppServices;
import app.gutlog.app.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a feature's page is built from: the open journal's services, the runner for background work, navigation, and
 * the system browser (opened only when the person clicks a link), and the opener of the demo journal (absent in the
 * demo journal's own window), and the actions on the journal file as a whole.
 */
public record FeatureContext(AppServices services, TaskRunner tasks, Navigator navigator, Consumer<String> browser,
        Optional<Runnable> tryDemo, DataActions data) {

    /** Moves between pages. */
    public interface Navigator {
        /** Shows the page that can show {@code destination}, asking the current page first if it may be left. */
        void open(Destination destination);
    }
}
