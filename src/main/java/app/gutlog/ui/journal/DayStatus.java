package app.gutlog.ui.journal;

import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The line under the day form's header: what was last done to the shown day, or why it was not done. The refusal to
 * save a form with wrong fields goes away by itself once no field is wrong.
 */
final class DayStatus {

    private final Texts texts = Texts.of(DayStatus.class);
    private final DateTimeFormatter longDate = texts.dates(FormatStyle.FULL);
    private final String fixFieldsFirst = texts.get("journal.status.fixFieldsFirst");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "status", "");

    /** Clears the refusal of {@link #fixFieldsFirst()} once {@code hasProblems} turns false. */
    DayStatus(ObservableBooleanValue hasProblems) {
        hasProblems.addListener((observable, before, now) -> {
            if (!now && fixFieldsFirst.equals(text.get())) {
                text.set("");
            }
        });
    }

    void show(String message) {
        text.set(message);
    }

    /** A day was opened: says {@code message} if there is one, or else whether anything was logged for the day. */
    void opened(String message, boolean saved) {
        text.set(message != null ? message : saved ? "" : texts.get("journal.status.nothingLogged"));
    }

    void fixFieldsFirst() {
        text.set(fixFieldsFirst);
    }

    void saved(LocalDate day) {
        text.set(texts.format("journal.status.saved", longDate(day)));
    }

    void deleted(LocalDate day) {
        text.set(texts.format("journal.status.deleted", longDate(day)));
    }

    /** What {@link #opened} says of a day put back after it was deleted. */
    String restored(LocalDate day) {
        return texts.format("journal.status.restored", longDate(day));
    }

    /** "Thursday, 3 December 2026", as the form's title and every status line write a day. */
    String longDate(LocalDate day) {
        return longDate.format(day);
    }

    void editsUndone() {
        text.set(texts.get("journal.status.editsUndone"));
    }

    void copied(int values, LocalDate from) {
        text.set(texts.format("journal.status.copied", values, longDate(from)));
    }

    void nothingToCopy(LocalDate from) {
        text.set(texts.format("journal.status.nothingToCopy", longDate(from)));
    }

    /** Says why a load, save or deletion failed; a day changed in the journal is told by {@link JournalChanges}. */
    void failed(Throwable error) {
        if (error instanceof InvalidDayException invalid) {
            text.set(texts.format("journal.status.invalid", texts.clauses(invalid.problems().stream()
                    .map(FieldProblem::message).toList())));
        } else {
            text.set(texts.format("journal.status.failed", error.getMessage()));
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
