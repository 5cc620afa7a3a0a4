package app.gutlog.ui.reminder;

import app.gutlog.app.TaskRunner;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.app.reminder.ReminderService.Mechanism;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The daily reminder's setting: on or off, and the time. It is read from and written to the user's desktop (a systemd
 * timer or an autostart entry) off the FX thread.
 */
public final class ReminderViewModel {

    /** The time offered when the reminder has never been set. */
    public static final LocalTime SUGGESTED_TIME = LocalTime.of(20, 0);

    private final ReminderService reminders;
    private final TaskRunner tasks;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>(this, "time", SUGGESTED_TIME);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Mechanism mechanism = Mechanism.AUTOSTART;
    private List<Path> files = List.of();

    public ReminderViewModel(ReminderService reminders, TaskRunner tasks) {
        this.reminders = reminders;
        this.tasks = tasks;
        on.addListener((observable, was, now) -> explain());
        time.addListener((observable, was, now) -> explain());
        explain();
    }

    /** The reminder of the user running GutLog, for {@code journal}. */
    public static ReminderViewModel forJournal(Path journal, TaskRunner tasks) {
        return new ReminderViewModel(ReminderService.forCurrentUser(journal), tasks);
    }

    private record Setting(Optional<LocalTime> at, Mechanism mechanism, List<Path> files) {}

    /** Reads the current setting, and how this desktop would set the reminder up. */
    public void load() {
        busy.set(true);
        tasks.run("Reading the reminder…", progress -> {
            Mechanism used = reminders.mechanism();
            return new Setting(reminders.current(), used, reminders.files(used));
        }, setting -> {
            busy.set(false);
            mechanism = setting.mechanism();
            files = setting.files();
            on.set(setting.at().isPresent());
            setting.at().ifPresent(time::set);
            status.set(setting.at().map(at -> "The reminder is on at " + at + ".").orElse("The reminder is off."));
            explain();
        }, error -> {
            busy.set(false);
            status.set("Could not read the reminder: " + error.getMessage());
        });
    }

    /** Turns the reminder on at the chosen time or off, as chosen; runs {@code done} once that has worked. */
    public void apply(Runnable done) {
        boolean turnOn = on.get();
        LocalTime at = time.get();
        busy.set(true);
        tasks.run(turnOn ? "Setting the reminder…" : "Turning the reminder off…", progress -> {
            if (turnOn) {
                return Optional.of(reminders.enable(at));
            }
            reminders.disable();
            return Optional.<Mechanism>empty();
        }, used -> {
            busy.set(false);
            used.ifPresent(m -> {
                mechanism = m;
                files = reminders.files(m);
            });
            status.set(turnOn ? "The reminder is on at " + at + "." : "The reminder is off; its files are removed.");
            explain();
            done.run();
        }, error -> {
            busy.set(false);
            status.set("Could not change the reminder: " + error.getMessage());
        });
    }

    private void explain() {
        if (!on.get()) {
            explanation.set("No reminder. Turn it on to be reminded each day, at a time you choose, when the day is not"
                    + " logged yet.");
            return;
        }
        String how = mechanism == Mechanism.SYSTEMD_TIMER
                ? "a systemd user timer"
                : "an autostart entry, which keeps a small GutLog process waiting for the time while you are logged in";
        explanation.set("Every day at " + time.get() + ", if the day is not logged yet, a desktop notification reminds"
                + " you; clicking it opens GutLog on the check-in. While GutLog is open, a notice shows in its window"
                + " too. Nothing is sent anywhere.\nIt is set up with " + how
                + (files.isEmpty() ? "" : ": " + files.stream().map(Path::toString).collect(Collectors.joining(", ")))
                + ". Turning it off removes " + (files.size() == 1 ? "that file" : "those files") + ".");
    }

    public BooleanProperty on() {
        return on;
    }

    public ObjectProperty<LocalTime> time() {
        return time;
    }

    /** What the reminder will do, and where its files go. */
    public ReadOnlyStringProperty explanation() {
        return explanation.getReadOnlyProperty();
    }

    /** Whether the reminder is on, or what went wrong. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
