package app.gutlog.app.reminder;

import app.gutlog.domain.JournalException;

/** The reminder could not be set up or turned off; the message says what failed. */
public final class ReminderException extends JournalException {

    public ReminderException(String message) {
        super(message);
    }

    public ReminderException(String message, Throwable cause) {
        super(message, cause);
    }
}
