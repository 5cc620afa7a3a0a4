package app.gutlog.domain;

import java.util.Arrays;

/** The section of the day form a measure is shown in, in form order. The codes are stored in the database. */
public enum MeasureGroup {
    SYMPTOMS("symptoms", "Symptoms"),
    DIET("diet", "Diet"),
    SLEEP("sleep", "Sleep"),
    STRESS("stress", "Stress"),
    ALCOHOL_AND_MEDICATIONS("alcohol_medications", "Alcohol and medications"),
    EXERCISE("exercise", "Exercise"),
    SUPPLEMENTS("supplements", "Supplements"),
    STOOL("stool", "Stool"),
    NOTES("notes", "Notes");

    private final String code;
    private final String label;

    MeasureGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static MeasureGroup fromCode(String code) {
        return Arrays.stream(values())
                .filter(group -> group.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure group: " + code));
    }
}
