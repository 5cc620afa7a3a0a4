package app.gutlog.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentReminderTest {

    @TempDir
    Path temp;

    /** A clock that each pause moves on by the paused time. */
    private static final class SteppingClock extends Clock {
        Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theNextReminderIsTodayIfTheTimeIsStillAheadElseTomorrow() {
        LocalDateTime morning = LocalDateTime.of(2026, 3, 10, 8, 0);
        assertThat(ResidentReminder.nextAfter(LocalTime.of(20, 0), morning)).isEqualTo(morning.withHour(20));
        assertThat(ResidentReminder.nextAfter(LocalTime.of(7, 0), morning))
                .isEqualTo(LocalDateTime.of(2026, 3, 11, 7, 0));
        assertThat(ResidentReminder.nextAfter(LocalTime.of(8, 0), morning))
                .isEqualTo(LocalDateTime.of(2026, 3, 11, 8, 0));
    }

    @Test
    void itRemindsOnceADayAtTheTimeAndEndsWhenTheReminderIsTurnedOff() throws InterruptedException {
        ReminderService reminders = new ReminderService(temp, List.of("gutlog"), temp.resolve("j.db"),
                RecordingRunner.withoutSystemd());
        reminders.enable(LocalTime.of(20, 0));
        SteppingClock clock = new SteppingClock(Instant.parse("2026-03-10T19:00:00Z"));
        List<Instant> reminded = new ArrayList<>();
        ResidentReminder resident = new ResidentReminder(reminders, clock, duration -> {
            clock.now = clock.now.plus(duration);
            if (clock.now.equals(Instant.parse("2026-03-12T09:00:00Z"))) {
                reminders.disable();
            }
        });

        assertThat(resident.run(() -> reminded.add(clock.now))).isTrue();

        assertThat(reminded).containsExactly(Instant.parse("2026-03-10T20:00:00Z"), Instant.parse("2026-03-11T20:00:00Z"));
        assertThat(clock.now).isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
    }

    @Test
    void withNoEntryThereIsNothingToWaitFor() throws InterruptedException {
        ReminderService reminders = new ReminderService(temp, List.of("gutlog"), temp.resolve("j.db"),
                RecordingRunner.withoutSystemd());
        assertThat(new ResidentReminder(reminders, Clock.systemUTC(), duration -> {
            throw new AssertionError("waited");
        }).run(() -> {})).isFalse();
    }
}
