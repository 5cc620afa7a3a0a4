package app.gutlog.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.gutlog.app.AppServices;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Reference;
import app.gutlog.domain.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KnowledgeBaseTest {

    private final KnowledgeBase knowledge = KnowledgeLoader.builtIn();

    @TempDir
    Path temp;

    private List<Measure> builtInMeasures() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            return services.catalog().allMeasures();
        }
    }

    @Test
    void coversEverySectionOfBothArticles() {
        assertThat(knowledge.articles()).extracting(a -> a.title())
                .containsExactly("Leaky Gut Explained: Symptoms, Causes & Remedies", "Symptoms of Leaky Gut");
        List<String> headings = knowledge.allSections().stream().map(Section::heading).toList();
        assertThat(headings).contains("What Is Leaky Gut?", "Common Signs You Might Have Leaky Gut",
                "What Causes Leaky Gut?", "Is Leaky Gut a Real Medical Condition?",
                "How to Support Gut Barrier Health Naturally", "When to Seek Professional Help",
                "What is Leaky Gut?", "The Link Between Leaky Gut and Diseases", "Leaky Gut Causes and Risk Factors",
                "How to Improve Symptoms of Leaky Gut: Diet Changes",
                "How to Improve Symptoms of Leaky Gut: Habit Changes",
                "How to Improve Symptoms of Leaky Gut: Supplements to Heal Leaky Gut",
                "Symptoms of Leaky Gut: Gut Symptoms");
        assertThat(knowledge.articles().getFirst().sections()).extracting(Section::heading)
                .startsWith("Introduction").endsWith("Conclusion");
        assertThat(knowledge.articles().getLast().sections()).extracting(Section::heading).startsWith("Introduction");
        assertThat(headings.stream().filter(h -> h.startsWith("What Causes Leaky Gut? "))).hasSize(5);
        assertThat(headings.stream().filter(h -> h.startsWith("How to Support Gut Barrier Health Naturally: "))).hasSize(5);
        assertThat(headings.stream().filter(h -> h.startsWith("Leaky Gut Causes and Risk Factors: "))).hasSize(6);
        assertThat(headings.stream().filter(h -> h.startsWith("Symptoms of Leaky Gut: "))).hasSizeGreaterThan(5);
    }

    @Test
    void everyBuiltInMeasureLinksToASectionAndSaysWhyWeAsk() {
        for (Measure measure : builtInMeasures()) {
            if (!measure.key().equals("notes")) {
                assertThat(knowledge.sectionsFor(measure.key())).as("sections for %s", measure.key()).isNotEmpty();
            }
            assertThat(knowledge.whyMeasure(measure.key())).as("why we ask about %s", measure.key()).isPresent();
            assertThat(knowledge.section(knowledge.whyMeasure(measure.key()).orElseThrow().sectionId())).isPresent();
        }
        for (MeasureGroup group : MeasureGroup.values()) {
            assertThat(knowledge.whyGroup(group)).as("why we ask about %s", group).isPresent();
        }
    }

    @Test
    void everyMeasureASectionNamesExists() {
        List<String> keys = builtInMeasures().stream().map(Measure::key).toList();
        knowledge.allSections().forEach(section ->
                assertThat(keys).as("measures named by %s", section.id()).containsAll(section.measureKeys()));
    }

    @Test
    void referencesHaveAJournalAYearAndAWorkingDoiLink() {
        List<Reference> references = knowledge.allSections().stream().flatMap(s -> s.references().stream()).toList();
        assertThat(references).hasSizeGreaterThan(30).allSatisfy(reference -> {
            assertThat(reference.journal()).isNotBlank();
            assertThat(reference.year()).isBetween(1950, 2026);
        });
        assertThat(references).filteredOn(r -> r.doi() != null)
                .allSatisfy(r -> assertThat(r.doiLink().orElseThrow()).startsWith("https://doi.org/10."));
        assertThat(knowledge.section("explained.real").orElseThrow().references())
                .extracting(Reference::doi).containsExactly("10.1159/000447252");
    }

    @Test
    void namesNoBrandProductOrShop() throws IOException {
        String text;
        try (var in = KnowledgeLoader.class.getResourceAsStream(KnowledgeLoader.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
        for (String brand : List.of("garden of life", "now sports", "amazon", "ruscio", "cfu", "shop", "buy ")) {
            assertThat(text).doesNotContain(brand);
        }
    }

    @Test
    void copiesNoRunOfEightWordsFromTheArticlesInAnyText() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the source articles are beside the repository only when shared/ is");
        StringBuilder articles = new StringBuilder(" ");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.append(normalise(Files.readString(file))).append(" | ");
            }
        }
        String source = articles.toString();
        List<String> copied = new ArrayList<>();
        everyText().forEach((where, text) -> {
            String[] words = normalise(text).split(" ");
            for (int i = 0; i + 8 <= words.length; i++) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + 8));
                if (source.contains(" " + run + " ")) {
                    copied.add(where + ": " + run);
                }
            }
        });
        assertThat(copied).as("runs of eight words taken from the articles").isEmpty();
    }

    @Test
    void theCopyTestReadsTheTrialTextsAndTheReportAsTheyAreShown() {
        Map<String, String> shown = ShownTrialAndReportTexts.gather(temp);
        assertThat(shown.get("coeliac note")).containsIgnoringCase("coeliac");
        assertThat(shown.get("trial page of Past: set-up note")).contains("not planned ahead");
        assertThat(shown.get("trial page of Past: result")).contains("Association, not proof of cause");
        assertThat(shown.get("trial page of Planned: result")).startsWith("Not enough data yet");
        assertThat(shown.get("trial refused")).contains("needs a name");
        assertThat(shown).anySatisfy((where, text) -> assertThat(text).startsWith("Delete the trial"));
        assertThat(shown).anySatisfy((where, text) -> assertThat(text).startsWith("End “Running” today?"));
        assertThat(shown.get("view TrialDialogView.fxml")).contains("Reintroduce until");
        assertThat(shown.get("gutlog trials add --help")).contains("--coeliac-tested-or-advised");
        assertThat(shown.get("gutlog trials add --name x --protocol gluten-free --baseline-from 2026-01-01 --start"
                + " 2026-02-01 --end 2026-03-01")).contains("Nothing was saved");
        assertThat(shown.get("practitioner report")).contains("Each trial compares the outcome", "Past", "Planned");
    }

    @Test
    void theCopyTestTreatsBritishAndAmericanSpellingAndPunctuationAlike() {
        assertThat(normalise("Diarrhoea, oesophagus & coeliac fibre: recognise the behaviour, favoured, analysed; "
                + "anaemia, paediatric, oedema, centre, labelled, catalogue, organisation."))
                .isEqualTo(normalise("diarrhea esophagus and celiac fiber recognize the behavior favored analyzed "
                        + "anemia pediatric edema center labeled catalog organization"));
        assertThat(normalise("it’s a “leaky-gut” sign")).isEqualTo(normalise("it's a \"leaky gut\" sign"));
        assertThat(normalise("artificial sweeteners1, and [27] excess [1 Trusted SourcePubMedGo to source, 2] alcohol"))
                .isEqualTo("artificial sweeteners and excess alcohol");
        assertThat(normalise("hours your four rise disease")).isEqualTo("hours your four rise disease");
    }

    /**
     * The words of {@code text} in lower case, separated by single spaces, with British spellings made American and
     * the articles' citation marks ("[27]", "Trusted SourcePubMedGo to source", a footnote number stuck to a word)
     * removed, so that a copy cannot hide behind spelling, punctuation or a reference number.
     */
    static String normalise(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replace("trusted sourcepubmedgo to source", " ")
                .replace("&", " and ")
                .replaceAll("\\[[\\d ,]*\\]", " ")
                .replaceAll("(?<=[a-z])\\d+\\b", " ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return plain.isEmpty() ? "" : Arrays.stream(plain.split(" ")).map(KnowledgeBaseTest::american)
                .collect(Collectors.joining(" "));
    }

    private static final Map<String, String> AMERICAN = Map.of("yoghurt", "yogurt", "grey", "gray", "programme",
            "program", "mould", "mold", "defence", "defense", "licence", "license", "offence", "offense", "ageing",
            "aging", "judgement", "judgment", "practise", "practice");

    private static String american(String word) {
        String w = AMERICAN.getOrDefault(word, word);
        w = w.replace("oe", "e").replace("ae", "e");                                  // diarrhoea, coeliac, anaemia
        w = w.replaceAll("(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|ably|al|er|ers|ful|less)?$", "or$1"); // behaviour
        w = w.replaceAll("(?<=[a-z]{2})([iy])s(e|es|ed|ing|er|ers|ation|ations)$", "$1z$2");  // recognise, analyse
        w = w.replaceAll("^(fib|cent|lit|met|theat|spect|calib|sab|lust|somb)re(s|d)?$", "$1er$2"); // fibre, centre
        w = w.replaceAll("^(label|travel|model|fuel|cancel|signal|counsel|level|channel|total|equal)l(ed|ing|er|ers)$",
                "$1$2");                                                                   // labelled
        w = w.replaceAll("(?<=[a-z]{3})ogue(s)?$", "og$1");                                // catalogue
        return w;
    }

    /**
     * Every text the knowledge base holds, by where it is: article titles, section headings and summaries, the
     * journals and notes of references, and every "why we ask" line (read from the file, so none is missed); and the
     * texts shown about trials and in the practitioner report.
     */
    private Map<String, String> everyText() {
        Map<String, String> texts = new LinkedHashMap<>();
        knowledge.articles().forEach(article -> texts.put("title of " + article.id(), article.title()));
        for (Section section : knowledge.allSections()) {
            texts.put("heading of " + section.id(), section.heading());
            texts.put("summary of " + section.id(), section.summary());
            for (int i = 0; i < section.references().size(); i++) {
                Reference reference = section.references().get(i);
                texts.put("journal " + i + " of " + section.id(), reference.journal());
                if (reference.note() != null) {
                    texts.put("note " + i + " of " + section.id(), reference.note());
                }
            }
        }
        for (Element why : elements("why")) {
            texts.put("why " + why.getAttribute("measure") + why.getAttribute("group"), why.getTextContent().strip());
        }
        texts.putAll(ShownTrialAndReportTexts.gather(temp));
        texts.putAll(everyBundledText());
        return texts;
    }

    /** Every word the app shows from its resource bundles (the texts.properties of each UI package and the domain). */
    private static Map<String, String> everyBundledText() {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/app/gutlog"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("texts.properties")).sorted().toList()) {
                Properties bundle = new Properties();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
                bundle.stringPropertyNames().forEach(key -> texts.put(file + " " + key, bundle.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(texts).as("bundled texts").hasSizeGreaterThan(500);
        return texts;
    }

    private static List<Element> elements(String name) {
        try (var in = KnowledgeLoader.class.getResourceAsStream(KnowledgeLoader.RESOURCE)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName(name);
            List<Element> found = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + KnowledgeLoader.RESOURCE, e);
        }
    }

    @Test
    void noWhyWeAskLineClaimsMoreThanTheArticlesSay() {
        List<String> overstated = elements("why").stream().map(why -> why.getTextContent().strip())
                .filter(text -> text.toLowerCase(Locale.ROOT).matches(".*\\b(documented|above all|proven|proves)\\b.*"))
                .toList();
        assertThat(overstated).as("why-we-ask lines that say more than the articles do").isEmpty();
        assertThat(knowledge.whyMeasure("sugar").orElseThrow().text())
                .isEqualTo("A diet high in sugar is listed as a risk factor in \"Symptoms of Leaky Gut\".");
    }

    @Test
    void everyWhyWeAskLineNamesTheArticleWhoseSectionItOpens() {
        List<Element> whys = elements("why");
        assertThat(whys).hasSizeGreaterThan(40);
        for (Element why : whys) {
            String text = why.getTextContent().strip();
            if (why.getAttribute("group").equals("notes")) {
                continue;   // GutLog's own line about the notes box; it makes no health claim
            }
            boolean explained = text.contains("\"Leaky Gut Explained\"");
            boolean symptoms = text.contains("\"Symptoms of Leaky Gut\"");
            assertThat(explained || symptoms || text.startsWith("Both articles")).as("%s names its article", text)
                    .isTrue();
            String article = knowledge.section(why.getAttribute("section")).orElseThrow().articleTitle();
            if (text.startsWith("Both articles")) {
                continue;
            }
            if (explained && !symptoms) {
                assertThat(article).as(text).startsWith("Leaky Gut Explained");
            }
            if (symptoms && !explained) {
                assertThat(article).as(text).isEqualTo("Symptoms of Leaky Gut");
            }
        }
    }

    @Test
    void theSupplementsSectionReportsTheAuthorsTopThreeAsTheAuthors() {
        Section supplements = knowledge.section("symptoms.improve.supplements").orElseThrow();
        assertThat(supplements.heading())
                .isEqualTo("How to Improve Symptoms of Leaky Gut: Supplements to Heal Leaky Gut");
        assertThat(supplements.summary())
                .startsWith("The author says")
                .contains("a personal top three", "not in its printed reference list", "not GutLog's advice");
        assertThat(supplements.summary()).doesNotContainIgnoringCase("starting point");
        everyText().forEach((where, text) -> {
            if (text.toLowerCase(Locale.ROOT).matches(".*\\b(top three|three supplements).*")) {
                assertThat(text).as(where).contains("author");
            }
        });
    }

    @Test
    void everyReferenceIsCitedForAClaimItsSectionSummarises() {
        for (Element reference : elements("reference")) {
            Element section = (Element) reference.getParentNode();
            String summary = normalise(knowledge.section(section.getAttribute("id")).orElseThrow().summary());
            String name = section.getAttribute("id") + " reference " + reference.getAttribute("number");
            assertThat(reference.getAttribute("number")).as(name).matches("\\d+");
            List<String> claims = KnowledgeLoader.claims(reference.getAttribute("cited-for"));
            assertThat(claims).as("what %s is cited for", name).isNotEmpty();
            for (String claim : claims) {
                assertThat(" " + summary + " ").as("%s is cited for \"%s\"", name, claim)
                        .contains(" " + normalise(claim) + " ");
            }
        }
    }

    @Test
    void referencesWithoutADoiGiveWhatTheListPrintsAndMisfitsSaySo() {
        List<Reference> all = knowledge.allSections().stream().flatMap(s -> s.references().stream()).toList();
        assertThat(all).filteredOn(r -> r.doi() == null).isNotEmpty().allSatisfy(r ->
                assertThat(r.note()).contains("Volume", "pages", String.valueOf(r.year())));
        assertThat(all).allSatisfy(r -> assertThat(r.note()).startsWith("Reference "));
        for (String number : List.of("37", "38", "43")) {
            assertThat(all).filteredOn(r -> r.note().startsWith("Reference " + number + " in the article's list"))
                    .singleElement().satisfies(r -> assertThat(r.note()).contains("does not fit", "out of step"));
        }
        assertThat(knowledge.section("explained.causes.diet").orElseThrow().references()).singleElement()
                .satisfies(r -> assertThat(r.note()).contains("Shil", "marks its sweetener claim with 1"));
        assertThat(knowledge.section("explained.real").orElseThrow().references()).singleElement()
                .satisfies(r -> assertThat(r.note()).contains("Fukui", "marks this claim with 2"));
        assertThat(knowledge.section("symptoms.diseases").orElseThrow().references())
                .extracting(r -> r.note().replaceAll("^Reference (\\d+).*", "$1"))
                .containsExactly("27", "28", "29", "30", "31", "32", "34", "35", "36", "37", "38");
    }

    @Test
    void theDiseasesSectionKeepsTheArticlesCaveats() {
        String diseases = knowledge.section("symptoms.diseases").orElseThrow().summary();
        assertThat(diseases).contains("in people with coeliac disease, eating gluten", "IBS", "type 1 diabetes",
                "cardiovascular disease", "early phases", "association, not clear causation",
                "does not yet support");
    }

    @Test
    void measuresAreLinkedOnlyWhereTheArticlesDiscussThem() {
        assertThat(knowledge.sectionsFor("vitamin_d")).extracting(Section::id)
                .containsExactly("explained.causes.nutrients", "symptoms.improve.supplements");
        assertThat(knowledge.sectionsFor("zinc")).extracting(Section::id).containsExactly("explained.causes.nutrients");
        assertThat(knowledge.sectionsFor("dairy")).extracting(Section::id).containsExactly("explained.signs");
        assertThat(knowledge.sectionsFor("antibiotic")).extracting(Section::id)
                .containsExactly("explained.causes.medications", "explained.support.medications");
        assertThat(knowledge.section("symptoms.blood").orElseThrow().measureKeys()).isEmpty();
    }

    @Test
    void dairyAndZincAreCalledNeitherARiskFactorNorASupport() {
        for (String key : List.of("dairy", "zinc")) {
            assertThat(knowledge.whyMeasure(key).orElseThrow().text().toLowerCase(Locale.ROOT)).as(key)
                    .doesNotContain("risk factor", "a support", "recommend");
        }
        assertThat(builtInMeasures()).filteredOn(m -> List.of("dairy", "zinc").contains(m.key()))
                .extracting(Measure::kind).containsOnly(MeasureKind.OTHER);
    }

    @Test
    void summariesReportAdviceAndKeepTheArticlesWords() {
        List<String> imperatives = List.of("favour", "favor", "steer", "avoid", "eat", "take", "lower", "keep", "ask",
                "use", "get", "try", "consider", "cut", "drink", "sleep", "exercise", "reduce", "choose", "start");
        for (Section section : knowledge.allSections()) {
            for (String sentence : section.summary().split("(?<=[.:;])\\s+")) {
                String first = sentence.replaceAll("^[^A-Za-z]+", "").split("[^A-Za-z]")[0].toLowerCase(Locale.ROOT);
                assertThat(imperatives).as("%s begins a sentence with an order: %s", section.id(), sentence)
                        .doesNotContain(first);
            }
        }
        List<String> drift = List.of("cut the blood supply", "oily fish", "thought to drive",
                "starts in the digestive tract", "treat the underlying cause", "behave in more harmful ways",
                "can help, but", "steer clear");
        everyText().forEach((where, text) -> drift.forEach(phrase ->
                assertThat(text).as(where).doesNotContainIgnoringCase(phrase)));
        assertThat(knowledge.section("explained.causes.stress").orElseThrow().summary()).contains("reduce blood flow");
        assertThat(knowledge.section("explained.support.foods").orElseThrow().summary()).contains("wild-caught fish");
        assertThat(knowledge.section("symptoms.improve.diet").orElseThrow().summary()).contains("show promise");
        assertThat(knowledge.section("symptoms.what-is").orElseThrow().summary()).contains("contribute to");
        assertThat(knowledge.section("symptoms.gut").orElseThrow().summary()).contains("often caused by");
        assertThat(knowledge.section("explained.help").orElseThrow().summary()).contains("help find the root");
    }

    @Test
    void aReferenceNoteIsBuiltFromItsNumberClaimsCitationAndNote() throws IOException {
        String xml = """
                <knowledge>
                  <article id="a" title="A">
                    <section id="a.one" heading="One"><summary>Text.</summary>
                      <reference journal="J" year="2000" number="7" cited-for="gas; bloating; pain"
                                 citation="Volume 1, pages 2–3." note="Printed twice."/>
                      <reference journal="K" year="2001" cited-for="gas"/>
                      <reference journal="L" year="2002"/></section>
                  </article>
                </knowledge>""";
        List<Reference> references = KnowledgeLoader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).allSections().getFirst().references();
        assertThat(references).extracting(Reference::note).containsExactly(
                "Reference 7 in the article's list, cited for gas, bloating and pain. Volume 1, pages 2–3."
                        + " Printed twice.",
                "Cited for gas.", null);
    }

    @Test
    void aReferenceNumberThatIsNotANumberIsRefused() {
        String xml = """
                <knowledge>
                  <article id="a" title="A">
                    <section id="a.one" heading="One"><summary>Text.</summary>
                      <reference journal="J" year="2000" number="twelve"/></section>
                  </article>
                </knowledge>""";
        assertThatThrownBy(() -> KnowledgeLoader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("a.one").hasMessageContaining("twelve");
    }

    @Test
    void searchFindsSectionsByWordsAndByMeasureNames() {
        assertThat(knowledge.search("zonulin", key -> key)).extracting(Section::id).containsExactly("symptoms.what-is");
        assertThat(knowledge.search("SLEEP hours", key -> key)).extracting(Section::id)
                .contains("symptoms.risk.sleep", "symptoms.improve.habits");
        assertThat(knowledge.search("espresso", key -> key.equals("sugar") ? "Espresso" : key))
                .extracting(Section::id).contains("symptoms.risk.diet");
        assertThat(knowledge.search("", key -> key)).hasSameSizeAs(knowledge.allSections());
    }

    @Test
    void aBrokenLinkIsRefusedWithItsName() {
        String xml = """
                <knowledge>
                  <article id="a" title="A">
                    <section id="a.one" heading="One"><summary>Text.</summary></section>
                  </article>
                  <why measure="gas" section="a.two">Because.</why>
                </knowledge>""";
        assertThatThrownBy(() -> KnowledgeLoader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("a.two").hasMessageContaining("does not exist");
    }

    @Test
    void aMalformedDoiIsRefused() {
        String xml = """
                <knowledge>
                  <article id="a" title="A">
                    <section id="a.one" heading="One"><summary>Text.</summary>
                      <reference journal="J" year="2000" doi="not-a-doi"/></section>
                  </article>
                </knowledge>""";
        assertThatThrownBy(() -> KnowledgeLoader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("malformed DOI");
    }
}
