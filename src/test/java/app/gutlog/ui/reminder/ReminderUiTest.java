package app.gutlog.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.reminder.RecordingRunner;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.AppUiTest;
import app.gutlog.ui.shared.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily reminder inside the window, and the dialog that sets it. */
class ReminderUiTest extends AppUiTest {

    private final LocalDate today = LocalDate.now();
    private Path journal;
    private Path config;

    @BeforeEach
    void keepTheRemindersFilesInTheTestsFolder() {
        journal = temp.resolve("journal.db");
        config = temp.resolve("config");
        System.setProperty(ReminderService.CONFIG_HOME_PROPERTY, config.toString());
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(ReminderService.CONFIG_HOME_PROPERTY);
    }

    private ReminderService reminders(RecordingRunner runner) {
        return new ReminderService(config, List.of("gutlog"), journal, runner);
    }

    private void log(LocalDate day) {
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(day, Map.of("bloating", 2.0), null));
        }
    }

    @Test
    void pastTheTimeWithTheDayNotLoggedANoticeOffersToLogIt() throws Exception {
        reminders(RecordingRunner.withoutSystemd()).enable(LocalTime.MIDNIGHT);
        log(today.minusDays(1));
        start(journal);

        waitUntilVisible("#reminder-banner");
        assertThat(lookup("#reminder-banner .label").queryLabeled().getText())
                .isEqualTo("It is past 00:00, your time for the daily check-in, and today is not logged yet.");

        clickOn("#reminder-open");

        waitUntilFormDate(today);
        assertThat(lookup("#reminder-banner").query().isVisible()).isFalse();
    }

    @Test
    void notNowHidesTheNotice() throws Exception {
        reminders(RecordingRunner.withoutSystemd()).enable(LocalTime.MIDNIGHT);
        start(journal);
        waitUntilVisible("#reminder-banner");

        clickOn("#reminder-not-now");

        assertThat(lookup("#reminder-banner").query().isVisible()).isFalse();
        assertThat(lookup("#home-page").query().isVisible()).isTrue();
    }

    @Test
    void aLoggedDayOrNoReminderShowsNoNotice() throws Exception {
        log(today);
        reminders(RecordingRunner.withoutSystemd()).enable(LocalTime.MIDNIGHT);
        start(journal);
        waitUntilVisible("#home-page");
        Node banner = lookup("#reminder-banner").query();
        waitUntilSeen("#reminder-banner to have looked once (when, in its user data)", banner::getUserData,
                Objects::nonNull);
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void theMenuOpensTheDialogWithTheReminderOff() throws Exception {
        start(journal);
        waitUntilVisible("#home-page");

        clickMenu("File");
        clickOn("Daily reminder…");

        waitUntilVisible("#reminder-dialog");
        waitUntilTextStartsWith("#reminder-status", "The reminder is off.");
        assertThat(lookup("#reminder-explanation").queryLabeled().getText()).startsWith("No reminder.");
        push(KeyCode.ESCAPE);
        assertThat(Files.exists(config)).isFalse();
    }

    @Test
    void theDialogTurnsTheReminderOnAtTheChosenTimeAndOffAgain() throws Exception {
        start(journal);
        waitUntilVisible("#home-page");
        RecordingRunner runner = RecordingRunner.withSystemd();
        ReminderService reminders = reminders(runner);
        FxTaskRunner tasks = new FxTaskRunner();
        interact(() -> ReminderDialog.show(window("GutLog"), new ReminderViewModel(reminders, tasks)));
        waitUntilTextStartsWith("#reminder-status", "The reminder is off.");

        clickOn("#reminder-on");
        Spinner<?> hour = lookup("#reminder-hour").queryAs(Spinner.class);
        Spinner<?> minute = lookup("#reminder-minute").queryAs(Spinner.class);
        interact(() -> {
            hour.getEditor().setText("07");
            hour.commitValue();
            minute.getEditor().setText("45");
            minute.commitValue();
        });
        assertThat(lookup("#reminder-explanation").queryLabeled().getText())
                .startsWith("Every day at 07:45, if the day is not logged yet, a desktop notification reminds you")
                .contains("systemd user timer", config.resolve("systemd/user/gutlog-reminder.timer").toString());
        clickOn("#reminder-save");

        waitUntilGone("#reminder-dialog");
        assertThat(reminders.current()).contains(LocalTime.of(7, 45));
        assertThat(config.resolve("systemd/user/gutlog-reminder.timer")).content().contains("OnCalendar=*-*-* 07:45:00");

        interact(() -> ReminderDialog.show(window("GutLog"), new ReminderViewModel(reminders, tasks)));
        waitUntilTextStartsWith("#reminder-status", "The reminder is on at 07:45.");
        clickOn("#reminder-on");
        clickOn("#reminder-save");

        waitUntilGone("#reminder-dialog");
        assertThat(reminders.current()).isEmpty();
        assertThat(config.resolve("systemd/user")).isEmptyDirectory();
        interact(tasks::shutdown);
    }
}
