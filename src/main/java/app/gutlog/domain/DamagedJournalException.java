package app.gutlog.domain;

/** The journal file fails SQLite's integrity check: it must not be written to, and a backup may be restored. */
public final class DamagedJournalException extends JournalException {

    public DamagedJournalException(String message) {
        super(message);
    }

    public DamagedJournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
