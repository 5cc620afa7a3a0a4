package app.gutlog.domain;

/** Why one field of a day cannot be saved: {@code field} is a measure key, {@code "date"} or {@code "notes"}. */
public record FieldProblem(String field, String message) {

    public static final String DATE = "date";
    public static final String NOTES = "notes";
}
