package app.gutlog.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotifySendTest {

    @Test
    void theNotificationHasAClickActionAndAClickIsReportedAsOpened() {
        RecordingRunner runner = new RecordingRunner(command -> new ProcessRunner.Result(0, "default\n"));
        assertThat(new NotifySend(runner).show("Title", "-body")).isEqualTo(Notifier.Outcome.OPENED);
        assertThat(runner.ran).containsExactly(List.of("notify-send", "--app-name=GutLog", "--icon=gutlog",
                "--category=reminder", "--action=default=Open the check-in", "--", "Title", "-body"));
    }

    @Test
    void aNotificationClosedWithoutAClickIsReportedAsClosed() {
        RecordingRunner runner = new RecordingRunner(command -> new ProcessRunner.Result(0, ""));
        assertThat(new NotifySend(runner).show("Title", "Body")).isEqualTo(Notifier.Outcome.CLOSED);
    }

    @Test
    void noNotificationServiceOrNoNotifySendIsAnErrorThatSaysWhat() {
        assertThatThrownBy(() -> new NotifySend(new RecordingRunner(command -> new ProcessRunner.Result(1, "")))
                .show("T", "B")).isInstanceOf(ReminderException.class).hasMessageContaining("notification service");
        assertThatThrownBy(() -> new NotifySend(RecordingRunner.withoutSystemd()).show("T", "B"))
                .isInstanceOf(ReminderException.class).hasMessageContaining("install libnotify-bin");
    }
}
