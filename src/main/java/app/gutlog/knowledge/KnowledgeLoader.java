package app.gutlog.knowledge;

import app.gutlog.domain.Article;
import app.gutlog.domain.Guidance;
import app.gutlog.domain.GuidanceNote;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.RedFlag;
import app.gutlog.domain.Reference;
import app.gutlog.domain.Safety;
import app.gutlog.domain.SafetySource;
import app.gutlog.domain.Section;
import app.gutlog.domain.WhyWeAsk;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the knowledge base from {@code assets/knowledge/knowledge.xml} and checks that every link in it resolves. */
public final class KnowledgeLoader {

    public static final String RESOURCE = "/assets/knowledge/knowledge.xml";
    private static final String DOI = "10\\.\\d{4,9}/\\S+";

    private static volatile KnowledgeBase builtIn;

    private KnowledgeLoader() {}

    /** The knowledge base that ships with GutLog, read once. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase loaded = builtIn;
        if (loaded == null) {
            try (InputStream in = KnowledgeLoader.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                loaded = read(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
            builtIn = loaded;
        }
        return loaded;
    }

    /** Parses a knowledge file; a broken link or a malformed entry fails with a message naming it. */
    public static KnowledgeBase read(InputStream xml) throws IOException {
        Element root = parse(xml).getDocumentElement();
        List<Article> articles = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (Element article : children(root, "article")) {
            String title = required(article, "title");
            List<Section> sections = new ArrayList<>();
            for (Element section : children(article, "section")) {
                Section parsed = section(section, title);
                if (!sectionIds.add(parsed.id())) {
                    throw new IllegalStateException("section id '" + parsed.id() + "' is used twice");
                }
                sections.add(parsed);
            }
            articles.add(new Article(required(article, "id"), title, sections));
        }
        articles.forEach(article -> article.sections().stream()
                .filter(section -> section.parentId() != null && !sectionIds.contains(section.parentId()))
                .forEach(section -> {
                    throw new IllegalStateException("section '" + section.id() + "' names a parent '"
                            + section.parentId() + "' that does not exist");
                }));
        Map<String, WhyWeAsk> whyMeasure = new HashMap<>();
        Map<String, WhyWeAsk> whyGroup = new HashMap<>();
        for (Element why : children(root, "why")) {
            WhyWeAsk reason = new WhyWeAsk(why.getTextContent().strip(), required(why, "section"));
            if (!sectionIds.contains(reason.sectionId())) {
                throw new IllegalStateException("the reason \"" + reason.text() + "\" links to a section '"
                        + reason.sectionId() + "' that does not exist");
            }
            if (why.hasAttribute("measure")) {
                whyMeasure.put(why.getAttribute("measure"), reason);
            } else {
                whyGroup.put(required(why, "group"), reason);
            }
        }
        List<Element> safetyElements = children(root, "safety");
        if (safetyElements.size() > 1) {
            throw new IllegalStateException("the knowledge file has more than one <safety> element");
        }
        Safety safety = safetyElements.isEmpty() ? Safety.none() : safety(safetyElements.getFirst(), sectionIds);
        whyMeasure.replaceAll((key, why) -> withGuidance(key, why, safety));
        for (String key : guidedMeasures(safety)) {
            if (!whyMeasure.containsKey(key)) {
                throw new IllegalStateException("GutLog's guidance is added to the \"why we ask\" line of '" + key
                        + "', but there is no <why measure=\"" + key + "\">");
            }
        }
        return new KnowledgeBase(articles, whyMeasure, whyGroup, safety);
    }

    /** A measure's "why we ask", with its red flag's reason and any other guidance GutLog adds to it. */
    private static WhyWeAsk withGuidance(String measureKey, WhyWeAsk why, Safety safety) {
        List<GuidanceNote> notes = new ArrayList<>();
        safety.redFlagFor(measureKey).ifPresent(flag -> notes.add(new GuidanceNote(
                flag.reason() + (safety.advice() == null ? "" : " " + safety.advice()), flag.sources())));
        safety.forMeasure(measureKey).forEach(guidance -> {
            if (guidance.whyNote() != null) {
                notes.add(guidance.whyNote());
            }
        });
        return notes.isEmpty() ? why : new WhyWeAsk(why.articleLine(), why.sectionId(), notes);
    }

    private static List<String> guidedMeasures(Safety safety) {
        List<String> keys = new ArrayList<>();
        safety.redFlags().stream().filter(flag -> flag.measureKey() != null).forEach(flag -> keys.add(flag.measureKey()));
        safety.guidance().forEach(guidance -> keys.addAll(guidance.whyMeasureKeys()));
        return keys;
    }

    /**
     * GutLog's own general guidance, kept apart from the articles: {@code <source>} pages (a title, a publisher, and
     * a year and an address only where the page gives them), the {@code <red-flags>} with their {@code <red-flag>}
     * signs, and {@code <guidance>} entries. Each cites its sources by id; {@code <show section>} puts it on a Learn
     * section and {@code <add-to-why measure>} adds its {@code <why-line>} to a measure's "why we ask".
     */
    static Safety safety(Element safety, Set<String> sectionIds) {
        Map<String, SafetySource> sources = new LinkedHashMap<>();
        for (Element source : children(safety, "source")) {
            String id = required(source, "id");
            String year = optional(source, "year");
            if (year != null && !year.matches("(19|20)\\d{2}")) {
                throw new IllegalStateException("the source '" + id + "' has a year '" + year + "'");
            }
            String url = optional(source, "url");
            if (url != null && !url.matches("https?://\\S+")) {
                throw new IllegalStateException("the source '" + id + "' has a malformed address: " + url);
            }
            if (sources.put(id, new SafetySource(id, required(source, "title"), required(source, "publisher"),
                    year == null ? null : Integer.valueOf(year), url, optional(source, "supports"),
                    optional(source, "note"), optional(source, "short"))) != null) {
                throw new IllegalStateException("the source id '" + id + "' is used twice");
            }
        }
        List<Element> redFlagLists = children(safety, "red-flags");
        if (redFlagLists.size() > 1) {
            throw new IllegalStateException("<safety> has more than one <red-flags> element");
        }
        Guidance redFlagGuidance = null;
        List<RedFlag> redFlags = new ArrayList<>();
        if (!redFlagLists.isEmpty()) {
            Element list = redFlagLists.getFirst();
            redFlagGuidance = guidance(list, sources, sectionIds);
            for (Element flag : children(list, "red-flag")) {
                String id = required(flag, "id");
                String measure = optional(flag, "measure");
                String reason = text(flag, "reason", measure != null, "red flag '" + id + "'");
                redFlags.add(new RedFlag(id, text(flag, "sign", true, "red flag '" + id + "'"), measure, reason,
                        cited(flag, sources, "red flag '" + id + "'")));
            }
        }
        List<Guidance> guidance = new ArrayList<>();
        for (Element entry : children(safety, "guidance")) {
            guidance.add(guidance(entry, sources, sectionIds));
        }
        return new Safety(redFlagGuidance, redFlags, optional(safety, "advice"), guidance,
                List.copyOf(sources.values()));
    }

    private static Guidance guidance(Element entry, Map<String, SafetySource> sources, Set<String> sectionIds) {
        String id = required(entry, "id");
        String what = "guidance '" + id + "'";
        List<String> sections = children(entry, "show").stream().map(show -> required(show, "section")).toList();
        sections.stream().filter(section -> !sectionIds.contains(section)).forEach(section -> {
            throw new IllegalStateException("the " + what + " is shown on a section '" + section
                    + "' that does not exist");
        });
        List<String> measures = children(entry, "add-to-why").stream().map(add -> required(add, "measure")).toList();
        String whyLine = text(entry, "why-line", !measures.isEmpty(), what);
        return new Guidance(id, required(entry, "heading"), text(entry, "text", true, what), whyLine,
                cited(entry, sources, what), sections, measures);
    }

    private static List<SafetySource> cited(Element element, Map<String, SafetySource> sources, String what) {
        List<SafetySource> cited = new ArrayList<>();
        for (String id : required(element, "sources").strip().split("\\s+")) {
            SafetySource source = sources.get(id);
            if (source == null) {
                throw new IllegalStateException("the " + what + " cites a source '" + id + "' that does not exist");
            }
            cited.add(source);
        }
        return cited;
    }

    /** The text of the one child element {@code name}, spaces collapsed; null when it is absent and not needed. */
    private static String text(Element parent, String name, boolean needed, String what) {
        List<Element> found = children(parent, name);
        if (found.size() > 1 || (needed && (found.isEmpty() || found.getFirst().getTextContent().isBlank()))) {
            throw new IllegalStateException("the " + what + " needs exactly one <" + name + ">");
        }
        return found.isEmpty() ? null : found.getFirst().getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static Section section(Element section, String articleTitle) {
        String id = required(section, "id");
        List<Reference> references = new ArrayList<>();
        for (Element reference : children(section, "reference")) {
            String doi = reference.hasAttribute("doi") ? reference.getAttribute("doi") : null;
            if (doi != null && !doi.matches(DOI)) {
                throw new IllegalStateException("section '" + id + "' has a malformed DOI: " + doi);
            }
            String number = optional(reference, "number");
            if (number != null && !number.matches("\\d{1,3}")) {
                throw new IllegalStateException("section '" + id + "' has a reference numbered '" + number + "'");
            }
            references.add(new Reference(required(reference, "journal"), Integer.parseInt(required(reference, "year")),
                    doi, referenceNote(reference)));
        }
        List<String> measures = children(section, "measure").stream().map(m -> required(m, "key")).toList();
        List<Element> summary = children(section, "summary");
        if (summary.size() != 1 || summary.getFirst().getTextContent().isBlank()) {
            throw new IllegalStateException("section '" + id + "' needs exactly one summary");
        }
        return new Section(id, articleTitle, required(section, "heading"),
                section.hasAttribute("parent") ? section.getAttribute("parent") : null,
                summary.getFirst().getTextContent().strip().replaceAll("\\s+", " "), references, measures);
    }

    /**
     * What is shown beside a reference, built from its optional attributes: {@code number} (its number in the
     * article's printed list), {@code cited-for} (the claims the article cites it for, separated by ";"; each is named
     * in the section's summary), {@code citation} (the details the printed list gives: authors, volume, pages) and
     * {@code note} (anything else a reader should know, such as a printed entry that does not fit its claim).
     * "Reference 27 in the article's list, cited for coeliac disease. Volume 14, issue 2, pages 1–9."; null when
     * there is nothing.
     */
    static String referenceNote(Element reference) {
        StringBuilder note = new StringBuilder();
        String number = optional(reference, "number");
        List<String> claims = claims(optional(reference, "cited-for"));
        if (number != null) {
            note.append("Reference ").append(number).append(" in the article's list");
        }
        if (!claims.isEmpty()) {
            note.append(number == null ? "Cited" : ", cited").append(" for ").append(inWords(claims));
        }
        if (!note.isEmpty()) {
            note.append('.');
        }
        for (String more : new String[] {optional(reference, "citation"), optional(reference, "note")}) {
            if (more != null) {
                note.append(note.isEmpty() ? "" : " ").append(more.strip().replaceAll("\\s+", " "));
            }
        }
        return note.isEmpty() ? null : note.toString();
    }

    /** The claims a {@code cited-for} attribute names, in order: "coeliac disease; Crohn's disease" gives two. */
    public static List<String> claims(String citedFor) {
        if (citedFor == null) {
            return List.of();
        }
        return java.util.Arrays.stream(citedFor.split(";")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String optional(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isBlank() ? null : value;
    }

    private static org.w3c.dom.Document parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the knowledge file is not valid XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String required(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            throw new IllegalStateException("<" + element.getTagName() + "> needs a '" + attribute + "' attribute");
        }
        return value;
    }
}
