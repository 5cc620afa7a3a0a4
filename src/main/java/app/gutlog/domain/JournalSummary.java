package app.gutlog.domain;

import java.time.LocalDate;

/** How much has been logged: the number of days, and the first and last of them (null when nothing is logged). */
public record JournalSummary(int daysLogged, LocalDate firstDay, LocalDate lastDay) {

    public static final JournalSummary EMPTY = new JournalSummary(0, null, null);

    public boolean isEmpty() {
        return daysLogged == 0;
    }
}
