package app.gutlog.ui.history;

import app.gutlog.domain.DayOverview;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.BurdenBand;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One square of the month calendar: a date, whether it belongs to the shown month, whether it is still to come, and
 * what was logged on it.
 */
public record CalendarDay(LocalDate date, boolean inMonth, boolean future, Optional<DayOverview> logged) {

    public BurdenBand band() {
        return BurdenBand.of(logged, future);
    }

    /** What the square says besides the day number: the burden, "logged", or nothing for a gap. */
    public String burdenText() {
        return logged.map(day -> day.burden().isPresent() ? HistoryViewModel.formatBurden(day.burden().getAsDouble())
                : texts().get("history.day.logged")).orElse("");
    }

    private static Texts texts() {
        return Texts.of(CalendarDay.class);
    }
}
