package app.gutlog.domain;

/** A failure to read or write the journal, with a message meant for the person using GutLog. */
public class JournalException extends RuntimeException {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
