package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Arrays;

/** The section of the day form a measure is shown in, in form order. The codes are stored in the database. */
public enum MeasureGroup {
    SYMPTOMS("symptoms"),
    DIET("diet"),
    SLEEP("sleep"),
    STRESS("stress"),
    ALCOHOL_AND_MEDICATIONS("alcohol_medications"),
    EXERCISE("exercise"),
    SUPPLEMENTS("supplements"),
    STOOL("stool"),
    NOTES("notes");

    private final String code;

    MeasureGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The section's heading, as the day form shows it. */
    public String label() {
        Texts texts = Texts.of(MeasureGroup.class);
        return switch (this) {
            case SYMPTOMS -> texts.get("domain.group.symptoms");
            case DIET -> texts.get("domain.group.diet");
            case SLEEP -> texts.get("domain.group.sleep");
            case STRESS -> texts.get("domain.group.stress");
            case ALCOHOL_AND_MEDICATIONS -> texts.get("domain.group.alcoholAndMedications");
            case EXERCISE -> texts.get("domain.group.exercise");
            case SUPPLEMENTS -> texts.get("domain.group.supplements");
            case STOOL -> texts.get("domain.group.stool");
            case NOTES -> texts.get("domain.group.notes");
        };
    }

    public static MeasureGroup fromCode(String code) {
        return Arrays.stream(values())
                .filter(group -> group.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure group: " + code));
    }
}
