package app.gutlog.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.app.reminder.ProcessRunner;
import app.gutlog.app.reminder.RecordingRunner;
import app.gutlog.app.reminder.ReminderService;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderViewModelTest {

    @TempDir
    Path temp;

    private ReminderService reminders(ProcessRunner runner) {
        return new ReminderService(temp, List.of("gutlog"), temp.resolve("journal.db"), runner);
    }

    @Test
    void itReadsTheSettingTurnsItOnAtTheChosenTimeAndOffAgain() {
        ReminderService reminders = reminders(RecordingRunner.withoutSystemd());
        ReminderViewModel model = new ReminderViewModel(reminders, new ImmediateTaskRunner());
        model.load();
        assertThat(model.on().get()).isFalse();
        assertThat(model.time().get()).isEqualTo(ReminderViewModel.SUGGESTED_TIME);
        assertThat(model.status().get()).isEqualTo("The reminder is off.");

        AtomicInteger done = new AtomicInteger();
        model.on().set(true);
        model.time().set(LocalTime.of(21, 15));
        assertThat(model.explanation().get()).startsWith("Every day at 21:15").contains("autostart entry",
                temp.resolve("autostart/gutlog-reminder.desktop").toString());
        model.apply(done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(reminders.current()).contains(LocalTime.of(21, 15));

        ReminderViewModel again = new ReminderViewModel(reminders, new ImmediateTaskRunner());
        again.load();
        assertThat(again.on().get()).isTrue();
        assertThat(again.time().get()).isEqualTo(LocalTime.of(21, 15));
        again.on().set(false);
        again.apply(done::incrementAndGet);
        assertThat(reminders.current()).isEmpty();
        assertThat(again.status().get()).isEqualTo("The reminder is off; its files are removed.");
    }

    @Test
    void aFailureIsShownAndTheDialogStaysOpen() {
        ReminderService reminders = reminders(new RecordingRunner(command -> new ProcessRunner.Result(
                command.contains("enable") ? 1 : 0, "", "Unit not found.")));
        ReminderViewModel model = new ReminderViewModel(reminders, new ImmediateTaskRunner());
        AtomicInteger done = new AtomicInteger();
        model.on().set(true);
        model.apply(done::incrementAndGet);
        assertThat(done).hasValue(0);
        assertThat(model.status().get()).startsWith("Could not change the reminder: ")
                .contains("enable --now gutlog-reminder.timer failed (exit code 1: Unit not found.)");
        assertThat(model.busy().get()).isFalse();
        assertThat(reminders.current()).isEmpty();
    }
}
