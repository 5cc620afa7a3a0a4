package app.gutlog.ui.journal;

import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureKind;
import app.gutlog.text.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ends of a measure's scale mean, written under its range on the day form ("0 = none, 10 = worst"), and the
 * small tag that tells a risk factor from a support in the same group. The words come from the measures themselves:
 * the ends their descriptions name ("from 1 (very poorly) to 5 (very well)") and their units.
 */
final class ScaleAnchors {

    private static final Pattern NAMED_ENDS = Pattern.compile("from (\\d+) \\(([^)]+)\\) to (\\d+) \\(([^)]+)\\)");

    private ScaleAnchors() {}

    private static Texts texts() {
        return Texts.of(ScaleAnchors.class);
    }

    /** The meaning of the scale's ends, or empty where the range says it all (hours, yes/no). */
    static Optional<String> of(Measure measure) {
        return namedEnds(measure).or(() -> Optional.ofNullable(switch (measure.scale()) {
            case SEVERITY -> measure.kind() == MeasureKind.SYMPTOM ? texts().get("journal.anchors.noneToWorst")
                    : texts().get("journal.anchors.none");
            case COUNT -> measure.unit() == null ? texts().get("journal.anchors.none")
                    : texts().format("journal.anchors.count", measure.unit());
            case MINUTES -> texts().get("journal.anchors.none");
            default -> null;
        }));
    }

    private static Optional<String> namedEnds(Measure measure) {
        if (measure.description() == null) {
            return Optional.empty();
        }
        Matcher ends = NAMED_ENDS.matcher(measure.description());
        return ends.find() ? Optional.of(texts().format("journal.anchors.named", ends.group(1), ends.group(2),
                ends.group(3), ends.group(4))) : Optional.empty();
    }

    /** "risk factor" or "support", for the measures that are one; empty for symptoms and the others. */
    static Optional<String> kindTag(Measure measure) {
        return switch (measure.kind()) {
            case RISK_FACTOR, SUPPORT -> Optional.of(measure.kind().label().toLowerCase(Locale.ROOT));
            default -> Optional.empty();
        };
    }
}
