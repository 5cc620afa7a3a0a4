package app.gutlog.store;

/** A failure of the journal's storage, with a message meant for the person using GutLog. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
