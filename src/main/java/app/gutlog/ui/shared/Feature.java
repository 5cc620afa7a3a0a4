package app.gutlog.ui.shared;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the navigation: its id (which names its navigation button, whatever the language), title, icon and
 * shortcut, the kinds of {@link Destination} its page can show, and
 * how to build its page the first time it is shown.
 */
public record Feature(
        String id,
        String title,
        Ikon icon,
        KeyCombination shortcut,
        Set<Class<? extends Destination>> destinations,
        Function<FeatureContext, Page> pageFactory) {

    public Feature {
        destinations = Set.copyOf(destinations);
    }

    /** Decides whether the user may leave a page, and calls {@code proceed} once they may (perhaps after saving). */
    @FunctionalInterface
    public interface LeaveGuard {
        LeaveGuard ALWAYS = proceed -> proceed.run();

        void leave(Runnable proceed);
    }

    /**
     * A built page: its root node, how to reload its data from the journal (run when the page is first shown, and
     * when it is shown again after the journal has changed or the day has turned), how to leave it, and how to show
     * one of the feature's destinations.
     */
    public record Page(Parent root, Runnable refresh, LeaveGuard leaveGuard, Consumer<Destination> opener) {

        public static Page of(Parent root, Runnable refresh) {
            return new Page(root, refresh, LeaveGuard.ALWAYS, destination -> {});
        }

        public Page withLeaveGuard(LeaveGuard guard) {
            return new Page(root, refresh, guard, opener);
        }

        public Page withOpener(Consumer<Destination> destinationOpener) {
            return new Page(root, refresh, leaveGuard, destinationOpener);
        }
    }
}
