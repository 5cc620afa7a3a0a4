package app.gutlog.domain;

import java.util.List;

/**
 * The one-line reason GutLog asks about a measure or a group, and the section that explains it. {@code articleLine}
 * says what the articles say; {@code guidance} is any general guidance GutLog adds of its own (a red flag's reason,
 * the line on prescribed medicines or on supplements), which {@link #text()} appends marked as GutLog's and cited.
 */
public record WhyWeAsk(String articleLine, String sectionId, List<GuidanceNote> guidance) {

    public WhyWeAsk {
        guidance = List.copyOf(guidance);
    }

    public WhyWeAsk(String articleLine, String sectionId) {
        this(articleLine, sectionId, List.of());
    }

    /** The line as shown: the articles' reason, then GutLog's own guidance, each marked and cited. */
    public String text() {
        StringBuilder text = new StringBuilder(articleLine);
        guidance.forEach(note -> text.append(' ').append(note.marked()));
        return text.toString();
    }
}
