package app.gutlog.domain;

import java.util.List;

/**
 * A sign that needs prompt medical advice rather than tracking, in GutLog's own words with its sources. Where the
 * day form asks about it, {@code measureKey} names that measure and {@code reason} says, calmly, why it matters;
 * both are null for a sign the form does not ask about (a family history, say).
 */
public record RedFlag(String id, String sign, String measureKey, String reason, List<SafetySource> sources) {

    public RedFlag {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the red flag '" + id + "' needs a source");
        }
        if ((measureKey == null) != (reason == null)) {
            throw new IllegalArgumentException("the red flag '" + id + "' needs both a measure and a reason, or neither");
        }
    }

    /** The sign as a line of GutLog's guidance, marked and cited. */
    public GuidanceNote note() {
        return new GuidanceNote(sign + ".", sources);
    }
}
