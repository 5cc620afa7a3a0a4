package app.gutlog.ui.shared;

import java.time.LocalDate;

/** A place in the app that one page can send the person to. */
public sealed interface Destination {

    /** The day form on a date. */
    record Day(LocalDate date) implements Destination {}

    /** The daily check-in on today: the tracked measures only, or the choice of what to track if none is made. */
    record CheckIn() implements Destination {}

    /** A measure's field on the day form. */
    record MeasureOnForm(String measureKey) implements Destination {}

    /** The short tour of the day form. */
    record DayFormTour() implements Destination {}

    /** A section of a source article in the Learn view. */
    record KnowledgeSection(String sectionId) implements Destination {}
}
