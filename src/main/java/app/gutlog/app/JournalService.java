package app.gutlog.app;

import app.gutlog.domain.JournalSummary;
import app.gutlog.store.DayRepository;

/** The days a person has logged. */
public final class JournalService {

    private final DayRepository days;

    public JournalService(DayRepository days) {
        this.days = days;
    }

    public JournalSummary summary() {
        return days.summary();
    }
}
