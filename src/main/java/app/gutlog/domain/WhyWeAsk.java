package app.gutlog.domain;

/** The one-line reason GutLog asks about a measure or a group, and the section that explains it. */
public record WhyWeAsk(String text, String sectionId) {}
