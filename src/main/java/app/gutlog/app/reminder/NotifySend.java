package app.gutlog.app.reminder;

import app.gutlog.text.Texts;
import java.io.IOException;
import java.util.List;

/**
 * A notification through the freedesktop notification standard (org.freedesktop.Notifications on the session
 * D-Bus), sent by libnotify's {@code notify-send}. Its default action is what a click on the notification invokes;
 * {@code notify-send} waits for the click or for the notification to close, and prints the action's name.
 */
public final class NotifySend implements Notifier {

    static final String OPEN_ACTION = "default";

    private final ProcessRunner runner;

    public NotifySend(ProcessRunner runner) {
        this.runner = runner;
    }

    static List<String> command(String title, String body) {
        return List.of("notify-send", "--app-name=GutLog", "--icon=gutlog", "--category=reminder",
                "--action=" + OPEN_ACTION + "=" + texts().get("reminder.notification.open"), "--", title, body);
    }

    @Override
    public Outcome show(String title, String body) {
        ProcessRunner.Result result;
        try {
            result = runner.run(command(title, body));
        } catch (IOException e) {
            throw new ReminderException(texts().format("reminder.notifySendMissing", e.getMessage()), e);
        }
        if (!result.succeeded()) {
            throw new ReminderException(texts().format("reminder.notifySendFailed", result.exitCode(),
                    ReminderService.errorOutput(result)));
        }
        return result.output().strip().equals(OPEN_ACTION) ? Outcome.OPENED : Outcome.CLOSED;
    }

    private static Texts texts() {
        return ReminderService.texts();
    }
}
