package app.gutlog.ui.journal;

/**
 * What a check-in line does with the keys it does not use itself: move on, move back, save, or repeat the value of
 * the day before. One implementation, the check-in, strings the lines together.
 */
interface CheckInKeys {

    /** The line is done: focus the next line, or save after the last. */
    void moveOn(MeasureField field);

    void moveBack(MeasureField field);

    /** Sets the field to its value of the day before, or says that there is none. */
    void repeatDayBefore(MeasureField field);

    /** The keys, as the check-in's hint shows them. */
    String HINT = "0–9 sets a value and moves on · + or = sets the top of the scale (10) · Space, Y or N answers yes/no · "
            + "R repeats the day before · Backspace clears · ↑ ↓ move · Enter moves on, and saves on the note";

    /** Whether {@code character} asks to repeat the day before's value. */
    static boolean isRepeat(String character) {
        return "r".equalsIgnoreCase(character);
    }
}
