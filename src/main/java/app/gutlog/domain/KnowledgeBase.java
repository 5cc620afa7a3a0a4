package app.gutlog.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The two source articles as GutLog summarises them, with the links from measures and groups to their sections. */
public final class KnowledgeBase {

    private final List<Article> articles;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, WhyWeAsk> whyForMeasure;
    private final Map<String, WhyWeAsk> whyForGroup;
    private final Safety safety;

    public KnowledgeBase(List<Article> articles, Map<String, WhyWeAsk> whyForMeasure, Map<String, WhyWeAsk> whyForGroup) {
        this(articles, whyForMeasure, whyForGroup, Safety.none());
    }

    /**
     * {@code safety} is GutLog's own general guidance, kept apart from the articles; the "why we ask" lines already
     * carry the parts of it that belong to their measures.
     */
    public KnowledgeBase(List<Article> articles, Map<String, WhyWeAsk> whyForMeasure, Map<String, WhyWeAsk> whyForGroup,
            Safety safety) {
        this.articles = List.copyOf(articles);
        articles.forEach(article -> article.sections().forEach(section -> sections.put(section.id(), section)));
        this.whyForMeasure = Map.copyOf(whyForMeasure);
        this.whyForGroup = Map.copyOf(whyForGroup);
        this.safety = safety;
    }

    /** GutLog's own general guidance: the red flags, and the lines on medicines, supplements and low mood. */
    public Safety safety() {
        return safety;
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    public List<Section> allSections() {
        return List.copyOf(sections.values());
    }

    /** Every section that explains the measure, in reading order. */
    public List<Section> sectionsFor(String measureKey) {
        return sections.values().stream().filter(section -> section.measureKeys().contains(measureKey)).toList();
    }

    /** The section that explains a measure: the one its "why we ask" names, else the first that mentions it. */
    public Optional<Section> explaining(String measureKey) {
        return whyMeasure(measureKey).flatMap(why -> section(why.sectionId()))
                .or(() -> sectionsFor(measureKey).stream().findFirst());
    }

    public Optional<WhyWeAsk> whyMeasure(String measureKey) {
        return Optional.ofNullable(whyForMeasure.get(measureKey));
    }

    public Optional<WhyWeAsk> whyGroup(MeasureGroup group) {
        return Optional.ofNullable(whyForGroup.get(group.code()));
    }

    /**
     * The sections whose heading, summary, references or related measures (by key or by the name {@code measureName}
     * gives) contain every word of {@code query}, ignoring case. A blank query matches every section.
     */
    public List<Section> search(String query, Function<String, String> measureName) {
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return sections.values().stream()
                .filter(section -> {
                    String text = searchableText(section, measureName);
                    for (String word : words) {
                        if (!text.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    private static String searchableText(Section section, Function<String, String> measureName) {
        StringBuilder text = new StringBuilder()
                .append(section.articleTitle()).append(' ')
                .append(section.heading()).append(' ')
                .append(section.summary()).append(' ');
        section.references().forEach(reference -> text.append(reference.journal()).append(' '));
        section.measureKeys().forEach(key -> text.append(key).append(' ').append(measureName.apply(key)).append(' '));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
