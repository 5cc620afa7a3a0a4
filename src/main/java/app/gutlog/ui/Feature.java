package app.gutlog.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the navigation: its title, icon and shortcut, whether its page is where days are edited, and how to
 * build its page the first time it is shown.
 */
public record Feature(
        String title, Ikon icon, KeyCombination shortcut, boolean editsDays, Function<FeatureContext, Page> pageFactory) {

    /** Decides whether the user may leave a page, and calls {@code proceed} once they may (perhaps after saving). */
    @FunctionalInterface
    public interface LeaveGuard {
        LeaveGuard ALWAYS = proceed -> proceed.run();

        void leave(Runnable proceed);
    }

    /**
     * A built page: its root node, what to do each time it is shown again (such as reloading its data), how to leave
     * it, and, for the page that edits days, how to open one day.
     */
    public record Page(Parent root, Runnable onShown, LeaveGuard leaveGuard, Consumer<LocalDate> dayOpener) {

        public static Page of(Parent root, Runnable onShown) {
            return new Page(root, onShown, LeaveGuard.ALWAYS, null);
        }

        public Page withLeaveGuard(LeaveGuard guard) {
            return new Page(root, onShown, guard, dayOpener);
        }

        public Page withDayOpener(Consumer<LocalDate> opener) {
            return new Page(root, onShown, leaveGuard, opener);
        }
    }
}
