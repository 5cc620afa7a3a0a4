package app.gutlog.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What was logged on one day: a value per logged measure key, and the day's notes. A measure that was not logged
 * has no entry in {@code values}; it is never stored as 0.
 */
public record DayEntry(LocalDate date, Map<String, Double> values, String notes) {

    public DayEntry {
        Objects.requireNonNull(date, "date");
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(values, "values")));
        notes = notes == null || notes.isBlank() ? null : notes;
    }

    public boolean isLogged(String measureKey) {
        return values.containsKey(measureKey);
    }
}
