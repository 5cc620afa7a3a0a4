package app.gutlog.domain;

import java.util.List;

/** A source article and its sections, in reading order. */
public record Article(String id, String title, List<Section> sections) {

    public Article {
        sections = List.copyOf(sections);
    }
}
