package app.gutlog.ui.history;

import app.gutlog.domain.DayOverview;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One square of the month calendar: a date, whether it belongs to the shown month, whether it is still to come, and
 * what was logged on it.
 */
public record CalendarDay(LocalDate date, boolean inMonth, boolean future, Optional<DayOverview> logged) {

    /** The burden bands the calendar colours by; the number is always written in the square too. */
    public enum Band {
        NOT_LOGGED, NOT_YET, NO_SYMPTOMS_RATED, LOW, MILD, MODERATE, HIGH, SEVERE;

        public String styleClass() {
            return "band-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Band band() {
        if (logged.isEmpty()) {
            return future ? Band.NOT_YET : Band.NOT_LOGGED;
        }
        if (logged.get().burden().isEmpty()) {
            return Band.NO_SYMPTOMS_RATED;
        }
        double burden = logged.get().burden().getAsDouble();
        return burden < 2 ? Band.LOW : burden < 4 ? Band.MILD : burden < 6 ? Band.MODERATE : burden < 8 ? Band.HIGH : Band.SEVERE;
    }

    /** What the square says besides the day number: the burden, "logged", or nothing for a gap. */
    public String burdenText() {
        return logged.map(day -> day.burden().isPresent() ? HistoryViewModel.formatBurden(day.burden().getAsDouble())
                : "logged").orElse("");
    }
}
