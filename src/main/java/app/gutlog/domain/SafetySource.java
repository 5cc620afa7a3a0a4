package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * A public page that GutLog's own general guidance rests on: a national health service's page or a clinical
 * guideline, never one of the two source articles. {@code year} and {@code address} are null where the page gave
 * none; {@code supports} says what GutLog cites it for, and {@code note} anything a reader should know about it (an
 * archived copy, a research paper rather than a guideline). {@code shortName} ("NICE NG20") cites it where room is
 * short, beside the full list; null means the publisher.
 */
public record SafetySource(String id, String title, String publisher, Integer year, String address, String supports,
        String note, String shortName) {

    public SafetySource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
    }

    /** NHS, "Bowel cancer" (2015). */
    public String label() {
        Texts texts = Texts.of(SafetySource.class);
        return year == null ? texts.format("domain.source.label", publisher, title)
                : texts.format("domain.source.labelWithYear", publisher, title, year.toString());
    }

    /** "NICE NG20": how a line cites the page where the full list is at hand. */
    public String shortLabel() {
        return shortName == null ? publisher : shortName;
    }

    /** The page's address, for opening in the system browser when the person asks; empty where none was given. */
    public Optional<String> link() {
        return Optional.ofNullable(address);
    }
}
