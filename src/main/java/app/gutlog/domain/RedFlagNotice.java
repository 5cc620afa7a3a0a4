package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;

/**
 * What GutLog shows when a red-flag measure is logged as yes: the measure's name, why it matters, and the advice to
 * seek medical advice promptly, marked as GutLog's general guidance and cited.
 */
public record RedFlagNotice(String measureKey, String measureName, String reason, String advice,
        List<SafetySource> sources) {

    public RedFlagNotice {
        sources = List.copyOf(sources);
    }

    /** "Blood in the stool or black stools: … Please seek medical advice promptly." */
    public String text() {
        return texts().format("domain.redFlag.text", measureName, reason, advice);
    }

    /** "General guidance from GutLog, not from the two articles. (Sources: …)" */
    public String citation() {
        return texts().format("domain.redFlag.citation", GuidanceNote.markSentence(), GuidanceNote.citation(sources));
    }

    /** The text and its citation, in one paragraph. */
    public String fullText() {
        return texts().format("domain.redFlag.fullText", text(), citation());
    }

    private static Texts texts() {
        return Texts.of(RedFlagNotice.class);
    }
}
