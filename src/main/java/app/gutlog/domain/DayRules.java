package app.gutlog.domain;

import app.gutlog.text.Texts;
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

    private static Texts texts() {
        return Texts.of(DayRules.class);
    }

    /** Every problem with {@code entry}, or an empty list when it may be saved. */
    public static List<FieldProblem> check(DayEntry entry, Map<String, Measure> catalogue, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        dateProblem(entry.date(), today).ifPresent(message -> problems.add(new FieldProblem(FieldProblem.DATE, message)));
        entry.values().forEach((key, value) -> {
            Measure measure = catalogue.get(key);
            if (measure == null) {
                problems.add(new FieldProblem(key, texts().format("domain.day.unknownMeasure", key)));
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
            return Optional.of(texts().format("domain.day.beforeFirstDay", date.toString(), FIRST_DAY.toString(),
                    today.plusDays(1).toString()));
        }
        return date.isAfter(today.plusDays(1))
                ? Optional.of(texts().format("domain.day.inTheFuture", date.toString(), today.plusDays(1).toString()))
                : Optional.empty();
    }

    public static Optional<String> valueProblem(Measure measure, double value) {
        Texts texts = texts();
        Scale scale = measure.scale();
        if (!scale.isNumeric()) {
            return Optional.of(texts.format("domain.day.freeText", measure.name()));
        }
        String allowed = allowedRange(measure);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of(texts.format("domain.day.notANumber", measure.name(), allowed));
        }
        if (value > scale.max()) {
            return Optional.of(texts.format("domain.day.aboveMax", measure.name(), Scale.format(value),
                    Scale.format(scale.max()), allowed));
        }
        if (value < scale.min()) {
            return Optional.of(texts.format("domain.day.belowMin", measure.name(), Scale.format(value),
                    Scale.format(scale.min()), allowed));
        }
        if (!scale.accepts(value)) {
            return Optional.of(scale.step() == 1
                    ? texts.format("domain.day.wholeNumber", measure.name(), Scale.format(value), allowed)
                    : texts.format("domain.day.multipleOf", measure.name(), Scale.format(value),
                            Scale.format(scale.step()), allowed));
        }
        return Optional.empty();
    }

    public static Optional<String> notesProblem(String notes) {
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            return Optional.of(texts().format("domain.day.notesTooLong",
                    String.format(Locale.ROOT, "%,d", notes.length()),
                    String.format(Locale.ROOT, "%,d", MAX_NOTES_LENGTH)));
        }
        return Optional.empty();
    }

    /** The allowed values in words, such as "0–10", "0–24 hours" or "0–99 servings". */
    public static String allowedRange(Measure measure) {
        Scale scale = measure.scale();
        return switch (scale) {
            case YES_NO, BRISTOL, HOURS, MINUTES, TEXT -> scale.describe();
            default -> measure.unit() == null ? scale.describe()
                    : texts().format("domain.day.allowedWithUnit", scale.describe(), measure.unit());
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
            throw new NumberFormatException(texts().format("domain.day.typedNotANumber", trimmed));
        }
        return Optional.of(Double.parseDouble(trimmed.replace(',', '.')));
    }
}
