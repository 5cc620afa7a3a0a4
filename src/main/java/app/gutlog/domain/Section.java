package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;

/**
 * One section of a source article: our own summary of it, the references it cites and the measures it explains.
 * {@code parentId} is set for the parts of a section that lists several causes or steps.
 */
public record Section(
        String id,
        String articleTitle,
        String heading,
        String parentId,
        String summary,
        List<Reference> references,
        List<String> measureKeys) {

    public Section {
        references = List.copyOf(references);
        measureKeys = List.copyOf(measureKeys);
    }

    /** How GutLog cites it: the article title and the section heading. */
    public String citation() {
        return Texts.of(Section.class).format("domain.section.citation", articleTitle, heading);
    }
}
