package app.gutlog.domain;

import java.util.List;

/**
 * A piece of GutLog's own general guidance (not from the two articles): a heading and a text, the sources it rests
 * on, the article sections it is shown on in Learn, and the measures whose "why we ask" line it is added to, as the
 * shorter {@code whyLine}.
 */
public record Guidance(String id, String heading, String text, String whyLine, List<SafetySource> sources,
        List<String> sectionIds, List<String> whyMeasureKeys) {

    public Guidance {
        sources = List.copyOf(sources);
        sectionIds = List.copyOf(sectionIds);
        whyMeasureKeys = List.copyOf(whyMeasureKeys);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the guidance '" + id + "' needs a source");
        }
    }

    /** The text, marked as GutLog's own and cited. */
    public GuidanceNote note() {
        return new GuidanceNote(text, sources);
    }

    /** The shorter line added to a measure's "why we ask", marked and cited; null when there is none. */
    public GuidanceNote whyNote() {
        return whyLine == null ? null : new GuidanceNote(whyLine, sources);
    }
}
