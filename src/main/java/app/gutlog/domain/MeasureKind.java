package app.gutlog.domain;

import java.util.Arrays;

/** What role a measure plays in the analysis. The codes are stored in the database and the CSV format. */
public enum MeasureKind {
    SYMPTOM("symptom", "Symptom"),
    RISK_FACTOR("risk_factor", "Risk factor"),
    SUPPORT("support", "Support"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    MeasureKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static MeasureKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure kind: " + code));
    }
}
