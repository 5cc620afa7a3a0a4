package app.gutlog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a day must satisfy before it is saved. Every message says what is wrong and what is allowed. */
public final class DayRules {

    public static final int MAX_NOTES_LENGTH = 10_000;
    /** The earliest day that can be logged. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    private DayRules() {}

    /** Every problem with {@code entry}, or an empty list when it may be saved. */
    public static List<FieldProblem> check(DayEntry entry, Map<String, Measure> catalogue, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        dateProblem(entry.date(), today).ifPresent(message -> problems.add(new FieldProblem(FieldProblem.DATE, message)));
        entry.values().forEach((key, value) -> {
            Measure measure = catalogue.get(key);
            if (measure == null) {
                problems.add(new FieldProblem(key, "'" + key + "' is not a measure in this journal"));
            } else {
                valueProblem(measure, value).ifPresent(message -> problems.add(new FieldProblem(key, message)));
            }
        });
        notesProblem(entry.notes()).ifPresent(message -> problems.add(new FieldProblem(FieldProblem.NOTES, message)));
        return problems;
    }

    /**
     * A day may be logged from {@link #FIRST_DAY} up to one day ahead (a different time zone, or tonight's plans), no
     * further.
     */
    public static Optional<String> dateProblem(LocalDate date, LocalDate today) {
        if (date.isBefore(FIRST_DAY)) {
            return Optional.of(date + " is before " + FIRST_DAY + "; days from " + FIRST_DAY + " to "
                    + today.plusDays(1) + " can be logged");
        }
        return date.isAfter(today.plusDays(1))
                ? Optional.of(date + " is more than a day in the future; days up to " + today.plusDays(1) + " can be logged")
                : Optional.empty();
    }

    public static Optional<String> valueProblem(Measure measure, double value) {
        Scale scale = measure.scale();
        String allowed = " (allowed: " + allowedRange(measure) + ")";
        if (!scale.isNumeric()) {
            return Optional.of(measure.name() + " is free text, not a number");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of(measure.name() + ": not a number" + allowed);
        }
        if (value > scale.max()) {
            return Optional.of(measure.name() + ": " + Scale.format(value) + " is above " + Scale.format(scale.max()) + allowed);
        }
        if (value < scale.min()) {
            return Optional.of(measure.name() + ": " + Scale.format(value) + " is below " + Scale.format(scale.min()) + allowed);
        }
        if (!scale.accepts(value)) {
            String step = scale.step() == 1 ? "a whole number" : "a multiple of " + Scale.format(scale.step());
            return Optional.of(measure.name() + ": " + Scale.format(value) + " must be " + step + allowed);
        }
        return Optional.empty();
    }

    public static Optional<String> notesProblem(String notes) {
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            return Optional.of(String.format(Locale.ROOT, "Notes are %,d characters long; at most %,d are allowed",
                    notes.length(), MAX_NOTES_LENGTH));
        }
        return Optional.empty();
    }

    /** The allowed values in words, such as "0–10", "0–24 hours" or "0–99 servings". */
    public static String allowedRange(Measure measure) {
        Scale scale = measure.scale();
        return switch (scale) {
            case YES_NO, BRISTOL, HOURS, MINUTES, TEXT -> scale.describe();
            default -> scale.describe() + (measure.unit() == null ? "" : " " + measure.unit());
        };
    }

    /**
     * Reads what a person typed as a number, accepting either "." or "," as the decimal mark. Blank means
     * "not logged" and gives an empty result.
     */
    public static Optional<Double> parseNumber(String text) throws NumberFormatException {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (!trimmed.matches("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)")) {
            throw new NumberFormatException("'" + trimmed + "' is not a number");
        }
        return Optional.of(Double.parseDouble(trimmed.replace(',', '.')));
    }
}
