package app.gutlog.app;

/** What to do when an export's or a report's file exists already. */
public enum ExistingFile {
    /** Write nothing, and say so with {@link OutputExistsException}. */
    KEEP,
    REPLACE
}
