package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;

/**
 * One line of GutLog's own general guidance, with the pages it rests on. It is always shown marked as GutLog's own
 * and not from the two articles, and with its sources.
 */
public record GuidanceNote(String text, List<SafetySource> sources) {


    public GuidanceNote {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("GutLog's guidance needs a source: " + text);
        }
    }

    /**
     * How every line of GutLog's own guidance is introduced, so that no one takes it for the articles' advice:
     * "General guidance from GutLog, not from the two articles:".
     */
    public static String mark() {
        return texts().get("domain.guidance.mark");
    }

    /** The mark as a sentence of its own: "General guidance from GutLog, not from the two articles." */
    public static String markSentence() {
        return texts().get("domain.guidance.markSentence");
    }

    /** "General guidance from GutLog, not from the two articles: … (Sources: NHS, "Bowel cancer"; …)". */
    public String marked() {
        return texts().format("domain.guidance.marked", mark(), text, citation());
    }

    /** "(Sources: NHS, "Bowel cancer"; NICE, "…" (2015).)" */
    public String citation() {
        return citation(sources);
    }

    public static String citation(List<SafetySource> sources) {
        return texts().format("domain.guidance.citation", sources.size(),
                texts().clauses(sources.stream().map(SafetySource::label).toList()));
    }

    /** "(Sources: NHS; NICE CG61.)": the short form, for where the full list is shown beside it. */
    public static String shortCitation(List<SafetySource> sources) {
        List<String> names = sources.stream().map(SafetySource::shortLabel).distinct().toList();
        return texts().format("domain.guidance.citation", names.size(), texts().clauses(names));
    }

    private static Texts texts() {
        return Texts.of(GuidanceNote.class);
    }
}
