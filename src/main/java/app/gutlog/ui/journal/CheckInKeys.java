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

    /** Whether {@code character} asks to repeat the day before's value. */
    static boolean isRepeat(String character) {
        return "r".equalsIgnoreCase(character);
    }
}
