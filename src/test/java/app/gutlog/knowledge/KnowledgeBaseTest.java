package app.gutlog.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.gutlog.app.AppServices;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.Reference;
import app.gutlog.domain.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                "How to Improve Symptoms of Leaky Gut: Diet Changes", "How to Improve Symptoms of Leaky Gut: Habit Changes",
                "How to Improve Symptoms of Leaky Gut: Supplements", "Symptoms of Leaky Gut: Gut Symptoms");
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
    void copiesNoSentenceFromTheArticles() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the source articles are beside the repository only when shared/ is");
        StringBuilder articles = new StringBuilder();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                articles.append(normalise(Files.readString(file))).append(' ');
            }
        }
        String source = articles.toString();
        List<String> copied = new ArrayList<>();
        for (Section section : knowledge.allSections()) {
            String[] words = normalise(section.summary()).split(" ");
            for (int i = 0; i + 8 <= words.length; i++) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + 8));
                if (source.contains(run)) {
                    copied.add(section.id() + ": " + run);
                }
            }
        }
        assertThat(copied).as("runs of eight words taken from the articles").isEmpty();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
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
