package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Optional;

/** A study an article section rests on: its journal and year, and its DOI where the article gives one. */
public record Reference(String journal, int year, String doi, String note) {

    /** The address a DOI resolves at, for opening in the system browser when the user asks. */
    public Optional<String> doiLink() {
        return doi == null ? Optional.empty() : Optional.of("https://doi.org/" + doi);
    }

    /** "Gut (2014)". */
    public String label() {
        return Texts.of(Reference.class).format("domain.reference.label", journal, Integer.toString(year));
    }
}
