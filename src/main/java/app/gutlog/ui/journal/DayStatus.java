package app.gutlog.ui.journal;

import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The line under the day form's header: what was last done to the shown day, or why it was not done. The refusal to
 * save a form with wrong fields goes away by itself once no field is wrong.
 */
final class DayStatus {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    static final String FIX_FIELDS_FIRST = "Not saved: correct the fields marked in red first.";

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "status", "");

    /** Clears {@link #FIX_FIELDS_FIRST} once {@code hasProblems} turns false. */
    DayStatus(ObservableBooleanValue hasProblems) {
        hasProblems.addListener((observable, before, now) -> {
            if (!now && FIX_FIELDS_FIRST.equals(text.get())) {
                text.set("");
            }
        });
    }

    void show(String message) {
        text.set(message);
    }

    /** A day was opened: says {@code message} if there is one, or else whether anything was logged for the day. */
    void opened(String message, boolean saved) {
        text.set(message != null ? message : saved ? "" : "Nothing logged yet for this day.");
    }

    void fixFieldsFirst() {
        text.set(FIX_FIELDS_FIRST);
    }

    void saved(LocalDate day) {
        text.set("Saved " + LONG_DATE.format(day) + ".");
    }

    void deleted(LocalDate day) {
        text.set("Deleted " + LONG_DATE.format(day) + ".");
    }

    static String restored(LocalDate day) {
        return "Restored " + LONG_DATE.format(day) + ".";
    }

    void editsUndone() {
        text.set("Your edits are undone: the form shows the day as it is saved.");
    }

    void copied(int values, LocalDate from) {
        text.set("Copied " + values + " values from " + LONG_DATE.format(from) + ". Review them, then save.");
    }

    void nothingToCopy(LocalDate from) {
        text.set("Nothing was logged on " + LONG_DATE.format(from) + " to copy.");
    }

    /** Says why a load, save or deletion failed; a day changed in the journal is told by {@link JournalChanges}. */
    void failed(Throwable error) {
        if (error instanceof InvalidDayException invalid) {
            text.set("Not saved: " + invalid.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining("; ")) + ".");
        } else {
            text.set("Something went wrong, and nothing was changed: " + error.getMessage());
        }
    }

    /** For the parts that set the line themselves, such as {@link JournalChanges}. */
    StringProperty writable() {
        return text;
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }
}
