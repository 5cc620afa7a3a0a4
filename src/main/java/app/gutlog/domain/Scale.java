package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Arrays;

/**
 * How a measure is recorded: its allowed range and step. A logged value is always a number inside the range;
 * a measure that was not logged has no value at all, which is different from 0.
 */
public enum Scale {
    SEVERITY("severity", 0, 10, 1),
    COUNT("count", 0, 99, 1),
    HOURS("hours", 0, 24, 0.25),
    MINUTES("minutes", 0, 1440, 1),
    RATING("rating", 1, 5, 1),
    YES_NO("yes_no", 0, 1, 1),
    BRISTOL("bristol", 1, 7, 1),
    TEXT("text", 0, 0, 0);

    private final String code;
    private final double min;
    private final double max;
    private final double step;

    Scale(String code, double min, double max, double step) {
        this.code = code;
        this.min = min;
        this.max = max;
        this.step = step;
    }

    public String code() {
        return code;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double step() {
        return step;
    }

    public boolean isNumeric() {
        return this != TEXT;
    }

    /** True when {@code value} lies in the range and on the step of this scale. */
    public boolean accepts(double value) {
        if (!isNumeric() || Double.isNaN(value) || value < min || value > max) {
            return false;
        }
        double steps = (value - min) / step;
        return Math.abs(steps - Math.rint(steps)) < 1e-9;
    }

    /** A short description of the range, such as "0–10" or "yes/no", for tables and error messages. */
    public String describe() {
        Texts texts = Texts.of(Scale.class);
        return switch (this) {
            case YES_NO -> texts.get("domain.scale.yesNo");
            case BRISTOL -> texts.get("domain.scale.bristol");
            case TEXT -> texts.get("domain.scale.freeText");
            case HOURS -> texts.get("domain.scale.hours");
            case MINUTES -> texts.get("domain.scale.minutes");
            default -> texts.format("domain.scale.range", format(min), format(max));
        };
    }

    public static Scale fromCode(String code) {
        return Arrays.stream(values())
                .filter(scale -> scale.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scale: " + code));
    }

    /** A number as people write it: "7" rather than "7.0", "7.25" as it is. */
    public static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
