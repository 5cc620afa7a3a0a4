package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Arrays;

/** What role a measure plays in the analysis. The codes are stored in the database and the CSV format. */
public enum MeasureKind {
    SYMPTOM("symptom"),
    RISK_FACTOR("risk_factor"),
    SUPPORT("support"),
    OTHER("other");

    private final String code;

    MeasureKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        Texts texts = Texts.of(MeasureKind.class);
        return switch (this) {
            case SYMPTOM -> texts.get("domain.kind.symptom");
            case RISK_FACTOR -> texts.get("domain.kind.riskFactor");
            case SUPPORT -> texts.get("domain.kind.support");
            case OTHER -> texts.get("domain.kind.other");
        };
    }

    public static MeasureKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure kind: " + code));
    }
}
