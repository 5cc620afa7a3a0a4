package app.gutlog.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something the user logs each day. The key is stable once released: it names the measure in the CSV format and
 * the CLI. {@code exposure} is null for symptoms and other measures that are not exposures. {@code redFlag} marks a
 * built-in yes/no symptom that calls for prompt medical advice (blood in the stool, say): it is logged with the
 * symptoms but never counts in the symptom burden and is never offered as an outcome; see {@link #isRatedSymptom()}
 * and {@link RedFlags}.
 */
public record Measure(
        String key,
        String name,
        MeasureKind kind,
        MeasureGroup group,
        Scale scale,
        String unit,
        ExposureRule exposure,
        String description,
        boolean builtIn,
        boolean archived,
        boolean redFlag) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public Measure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(scale, "scale");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException(
                    "measure key '" + key + "' must start with a lower-case letter and hold only a-z, 0-9 and _ (at most 40)");
        }
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** A measure that is not a red flag, as every custom measure and every measure before schema version 3 is. */
    public Measure(String key, String name, MeasureKind kind, MeasureGroup group, Scale scale, String unit,
            ExposureRule exposure, String description, boolean builtIn, boolean archived) {
        this(key, name, kind, group, scale, unit, exposure, description, builtIn, archived, false);
    }

    /**
     * Whether this is a symptom rated for its own sake: one that counts in the symptom burden, in "symptoms rated",
     * and can be chosen as an outcome. A red-flag symptom is a symptom but not a rated one.
     */
    public boolean isRatedSymptom() {
        return kind == MeasureKind.SYMPTOM && !redFlag;
    }

    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The unit where there is one ("servings", "drinks"), otherwise the scale ("0–10", "yes/no"). */
    public String unitOrScale() {
        return unit != null ? unit : scale.describe();
    }

    /** The exposure rule in plain words, or null when this measure is not an exposure. */
    public String exposureText() {
        return exposure == null ? null : exposure.describe(name, scale, unit);
    }

    /** The exposure rule's condition alone, without this measure's name ("under 7 hours"), or null as above. */
    public String exposureCondition() {
        return exposure == null ? null : exposure.condition(scale, unit);
    }
}
