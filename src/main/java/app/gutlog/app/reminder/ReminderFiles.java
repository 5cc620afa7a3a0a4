package app.gutlog.app.reminder;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of the files that set the reminder up: a systemd user timer and its service, or an XDG autostart entry.
 * Each holds the reminder's time, so the files themselves are the setting.
 */
final class ReminderFiles {

    static final String TIME_KEY = "X-GutLog-Reminder-Time";
    static final String ID_KEY = "X-GutLog-Reminder-Id";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern ON_CALENDAR = Pattern.compile("(?m)^OnCalendar=\\*-\\*-\\* (\\d{2}:\\d{2}):00$");
    private static final Pattern ENTRY_TIME = Pattern.compile("(?m)^" + TIME_KEY + "=(\\d{2}:\\d{2})$");
    private static final Pattern ENTRY_ID = Pattern.compile("(?m)^" + ID_KEY + "=(\\S+)$");

    private ReminderFiles() {}

    /**
     * The service the timer starts: one {@code gutlog remind}, which may wait for the notification to be clicked. The
     * GutLog window that a click opens outlives it: only the main process is stopped with the service.
     */
    static String service(List<String> remindCommand) {
        return """
                [Unit]
                Description=GutLog daily check-in reminder

                [Service]
                Type=oneshot
                KillMode=process
                ExecStart=%s
                """.formatted(remindCommand.stream().map(ReminderFiles::systemdArgument).collect(Collectors.joining(" ")));
    }

    static String timer(LocalTime at) {
        return """
                [Unit]
                Description=GutLog daily check-in reminder at %1$s

                [Timer]
                OnCalendar=*-*-* %1$s:00
                Persistent=false

                [Install]
                WantedBy=timers.target
                """.formatted(at.format(HOUR_MINUTE));
    }

    /** The autostart entry that starts the resident reminder when the user logs in. */
    static String autostartEntry(List<String> residentCommand, LocalTime at, String id) {
        return """
                [Desktop Entry]
                Type=Application
                Name=GutLog daily reminder
                Comment=Reminds you at %1$s to log the day in GutLog, if it is not logged yet
                Exec=%2$s
                Terminal=false
                NoDisplay=true
                X-GNOME-Autostart-enabled=true
                %3$s=%1$s
                %4$s=%5$s
                """.formatted(at.format(HOUR_MINUTE),
                residentCommand.stream().map(ReminderFiles::desktopArgument).collect(Collectors.joining(" ")),
                TIME_KEY, ID_KEY, id);
    }

    static Optional<LocalTime> timerTime(String timer) {
        return time(ON_CALENDAR.matcher(timer));
    }

    static Optional<LocalTime> entryTime(String entry) {
        return time(ENTRY_TIME.matcher(entry));
    }

    static Optional<String> entryId(String entry) {
        Matcher matcher = ENTRY_ID.matcher(entry);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<LocalTime> time(Matcher matcher) {
        return matcher.find() ? Optional.of(LocalTime.parse(matcher.group(1), HOUR_MINUTE)) : Optional.empty();
    }

    /** One word of a systemd command line: quoted, with systemd's specifiers and variables kept literal. */
    static String systemdArgument(String word) {
        return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%").replace("$", "$$") + '"';
    }

    /**
     * One word of a desktop entry's Exec line: quoted as the Desktop Entry Specification says, then with its
     * backslashes escaped once more as any string value's are, and {@code %} doubled so it is no field code.
     */
    static String desktopArgument(String word) {
        String quoted = '"' + word.replaceAll("([\"`$\\\\])", "\\\\$1") + '"';
        return quoted.replace("\\", "\\\\").replace("%", "%%");
    }
}
