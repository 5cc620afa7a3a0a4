package app.gutlog.app.reminder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What the reminder reaches outside GutLog: the user's config folder, GutLog's launcher, the programs it runs, the
 * notifications and the clock. Tests give their own.
 */
public record ReminderPlatform(Path configHome, List<String> launcher, ProcessRunner runner, Notifier notifier,
        Clock clock) {

    public ReminderPlatform {
        launcher = List.copyOf(launcher);
    }

    public static ReminderPlatform system() {
        ProcessRunner runner = ProcessRunner.system();
        return new ReminderPlatform(
                ReminderService.configHome(System.getenv(), Path.of(System.getProperty("user.home"))),
                ReminderService.launcherCommand(), runner, new NotifySend(runner), Clock.systemDefaultZone());
    }

    public ReminderService service(Path journal) {
        return new ReminderService(configHome, launcher, journal, runner);
    }
}
