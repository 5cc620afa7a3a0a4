package app.gutlog.domain;

import java.time.LocalDate;
import java.util.List;

/** A day on which at least one red-flag measure was logged as yes, with its notices. */
public record RedFlagDay(LocalDate date, List<RedFlagNotice> notices) {

    public RedFlagDay {
        notices = List.copyOf(notices);
    }
}
