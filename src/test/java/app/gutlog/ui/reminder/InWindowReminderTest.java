package app.gutlog.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InWindowReminderTest {

    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 3, 10, 20, 30);
    private static final Optional<LocalTime> EIGHT_PM = Optional.of(LocalTime.of(20, 0));

    @Test
    void theNoticeIsDueFromTheTimeOnWhileTheDayIsNotLogged() {
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING, Optional.empty(), false)).isTrue();
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING.withHour(20).withMinute(0), Optional.empty(), false)).isTrue();
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING.withHour(19), Optional.empty(), false)).isFalse();
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING, Optional.empty(), true)).isFalse();
        assertThat(InWindowReminder.due(Optional.empty(), EVENING, Optional.empty(), false)).isFalse();
    }

    @Test
    void hiddenTodayItWaitsForTomorrow() {
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING, Optional.of(EVENING.toLocalDate()), false)).isFalse();
        assertThat(InWindowReminder.due(EIGHT_PM, EVENING, Optional.of(LocalDate.of(2026, 3, 9)), false)).isTrue();
    }
}
