package app.gutlog.ui.reminder;

import app.gutlog.app.TaskRunner;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.app.reminder.ReminderService.Mechanism;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
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
    private final Texts texts = Texts.of(ReminderViewModel.class);
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
        tasks.run(texts.get("reminder.progress.reading"), progress -> {
            Mechanism used = reminders.mechanism();
            return new Setting(reminders.current(), used, reminders.files(used));
        }, setting -> {
            busy.set(false);
            mechanism = setting.mechanism();
            files = setting.files();
            on.set(setting.at().isPresent());
            setting.at().ifPresent(time::set);
            status.set(setting.at().map(at -> texts.format("reminder.status.on", at.toString()))
                    .orElse(texts.get("reminder.status.off")));
            explain();
        }, error -> {
            busy.set(false);
            status.set(texts.format("reminder.status.readFailed", error.getMessage()));
        });
    }

    /** Turns the reminder on at the chosen time or off, as chosen; runs {@code done} once that has worked. */
    public void apply(Runnable done) {
        boolean turnOn = on.get();
        LocalTime at = time.get();
        busy.set(true);
        tasks.run(texts.get(turnOn ? "reminder.progress.setting" : "reminder.progress.turningOff"), progress -> {
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
            status.set(turnOn ? texts.format("reminder.status.on", at.toString())
                    : texts.get("reminder.status.removed"));
            explain();
            done.run();
        }, error -> {
            busy.set(false);
            status.set(texts.format("reminder.status.changeFailed", error.getMessage()));
        });
    }

    private void explain() {
        if (!on.get()) {
            explanation.set(texts.get("reminder.explanation.off"));
            return;
        }
        String how = texts.get(mechanism == Mechanism.SYSTEMD_TIMER
                ? "reminder.explanation.systemd" : "reminder.explanation.autostart");
        String setUp = files.isEmpty() ? how : texts.format("reminder.explanation.withFiles", how,
                texts.list(files.stream().map(Path::toString).toList()));
        explanation.set(texts.format("reminder.explanation.on", time.get().toString(), setUp, files.size()));
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
