package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.reminder.Notifier;
import app.gutlog.app.reminder.RecordingRunner;
import app.gutlog.app.reminder.ReminderPlatform;
import app.gutlog.domain.DayEntry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RemindCommandTest extends CommandLineTest {

    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-03-10T20:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final List<String> notifications = new ArrayList<>();
    private final RecordingRunner runner = RecordingRunner.withoutSystemd();
    private Notifier.Outcome clicked = Notifier.Outcome.CLOSED;

    private Path journal() {
        return temp.resolve("journal.db");
    }

    private int remind(String... options) {
        ReminderPlatform platform = new ReminderPlatform(temp.resolve("config"), List.of("/usr/bin/gutlog"), runner,
                (title, body) -> {
                    notifications.add(title + " | " + body);
                    return clicked;
                }, EVENING);
        CommandLine commandLine = GutlogCommand.commandLine(new GutlogCommand(desktopLaunches::add, () -> platform));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> arguments = new ArrayList<>(List.of("--db", journal().toString(), "remind"));
        arguments.addAll(List.of(options));
        return commandLine.execute(arguments.toArray(String[]::new));
    }

    private void log(LocalDate day) {
        try (AppServices services = AppServices.open(journal(), EVENING)) {
            services.days().save(new DayEntry(day, Map.of("bloating", 2.0), null));
        }
    }

    @Test
    void aLoggedDayGetsNoNotification() {
        log(TODAY);
        assertThat(remind()).isZero();
        assertThat(notifications).isEmpty();
        assertThat(out.toString()).contains("2026-03-10 is logged; no reminder.");
    }

    @Test
    void aDayNotLoggedYetGetsANotification() {
        log(TODAY.minusDays(1));
        assertThat(remind()).isZero();
        assertThat(notifications).singleElement().asString()
                .startsWith("Time for today's GutLog check-in | ").contains("is not logged yet");
        assertThat(runner.started).isEmpty();
    }

    @Test
    void clickingTheNotificationOpensGutLogOnTheCheckIn() {
        clicked = Notifier.Outcome.OPENED;
        assertThat(remind()).isZero();
        assertThat(runner.started).containsExactly(
                List.of("/usr/bin/gutlog", "--db", journal().toString(), "--check-in"));
    }

    @Test
    void theReminderIsTurnedOnReportedAndTurnedOffFromTheCommandLine() throws Exception {
        assertThat(remind("--status")).isZero();
        assertThat(remind("--on", "7:45")).isZero();
        Path entry = temp.resolve("config/autostart/gutlog-reminder.desktop");
        assertThat(entry).exists();
        assertThat(remind("--status")).isZero();
        assertThat(remind("--off")).isZero();
        assertThat(entry).doesNotExist();
        assertThat(Files.list(temp.resolve("config/autostart"))).isEmpty();

        assertThat(out.toString().lines()).containsExactly(
                "The daily reminder is off.",
                "The daily reminder is on at 07:45 (an autostart entry and a small resident process): " + entry,
                "The daily reminder is on at 07:45.",
                "The daily reminder is off; its files are removed.");
    }

    @Test
    void aBadTimeIsAUsageError() {
        assertThat(remind("--on", "25:00")).isEqualTo(2);
        assertThat(err.toString()).contains("--on takes a time as HH:MM");
        assertThat(temp.resolve("config")).doesNotExist();
    }
}
