package app.gutlog.app.reminder;

/** Shows the reminder as a desktop notification; tests replace it. */
public interface Notifier {

    /** What the person did with the notification. */
    enum Outcome { OPENED, CLOSED }

    /** Shows {@code title} and {@code body}, and returns once the notification is clicked or gone. */
    Outcome show(String title, String body);
}
