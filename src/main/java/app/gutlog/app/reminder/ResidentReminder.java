package app.gutlog.app.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The small process that an autostart entry keeps running where there is no systemd timer: it looks at the clock
 * once a minute (a sleeping laptop may wake far past the time), reminds once a day at the set time, and ends when
 * its entry is removed or replaced.
 */
public final class ResidentReminder {

    /** Waits between two looks at the clock; tests return at once. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Duration LOOK_EVERY = Duration.ofMinutes(1);

    private final ReminderService service;
    private final Clock clock;
    private final Pause pause;

    public ResidentReminder(ReminderService service, Clock clock, Pause pause) {
        this.service = service;
        this.clock = clock;
        this.pause = pause;
    }

    /** Runs {@code remind} at each day's time until the entry that started this process is gone; false if none. */
    public boolean run(Runnable remind) throws InterruptedException {
        Optional<String> id = service.residentId();
        Optional<LocalTime> at = service.current();
        if (id.isEmpty() || at.isEmpty()) {
            return false;
        }
        LocalDateTime next = nextAfter(at.get(), LocalDateTime.now(clock));
        while (true) {
            pause.pause(LOOK_EVERY);
            if (!service.isCurrentResident(id.get())) {
                return true;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            if (!now.isBefore(next)) {
                remind.run();
                next = nextAfter(at.get(), now);
            }
        }
    }

    /** The first time of day {@code at} strictly after {@code now}. */
    static LocalDateTime nextAfter(LocalTime at, LocalDateTime now) {
        LocalDateTime today = LocalDate.from(now).atTime(at);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    /** The production pause. */
    public static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
