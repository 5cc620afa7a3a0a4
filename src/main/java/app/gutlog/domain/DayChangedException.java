package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day was not saved because the journal's copy of it changed after the form was filled from it (by an import, a
 * restore or another window); nothing was written. {@link #stored()} is what the journal holds now.
 */
public final class DayChangedException extends JournalException {

    private final transient Optional<DayEntry> stored;

    public DayChangedException(LocalDate date, Optional<DayEntry> stored) {
        super(Texts.of(DayChangedException.class).format("domain.day.changed", date.toString()));
        this.stored = stored;
    }

    public Optional<DayEntry> stored() {
        return stored;
    }
}
