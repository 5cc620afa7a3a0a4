package app.gutlog.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Guidance;
import app.gutlog.domain.GuidanceNote;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.RedFlag;
import app.gutlog.domain.RedFlagNotice;
import app.gutlog.domain.RedFlags;
import app.gutlog.domain.Safety;
import app.gutlog.domain.SafetySource;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GutLog's own general guidance in the knowledge base: marked, cited, in its own words, and where it belongs. */
class SafetyGuidanceTest {

    private final KnowledgeBase knowledge = KnowledgeLoader.builtIn();
    private final Safety safety = knowledge.safety();

    @TempDir
    Path temp;

    private List<Measure> builtInMeasures() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            return services.catalog().allMeasures();
        }
    }

    private List<Measure> redFlagMeasures() {
        return builtInMeasures().stream().filter(Measure::redFlag).toList();
    }

    @Test
    void theCatalogueHasTheFourRedFlagMeasuresAsYesNoSymptoms() {
        assertThat(redFlagMeasures()).extracting(Measure::key)
                .containsExactly("blood_in_stool", "weight_loss", "fever", "night_waking");
        assertThat(redFlagMeasures()).allSatisfy(measure -> {
            assertThat(measure.kind()).isEqualTo(MeasureKind.SYMPTOM);
            assertThat(measure.group()).isEqualTo(MeasureGroup.SYMPTOMS);
            assertThat(measure.scale()).isEqualTo(Scale.YES_NO);
            assertThat(measure.builtIn()).isTrue();
            assertThat(measure.isRatedSymptom()).isFalse();
        });
    }

    @Test
    void everyRedFlagMeasureHasItsOwnReasonSourcesAndAWhyLineThatCarriesIt() {
        for (Measure measure : redFlagMeasures()) {
            RedFlag flag = safety.redFlagFor(measure.key()).orElseThrow(
                    () -> new AssertionError("no <red-flag> for " + measure.key()));
            assertThat(flag.reason()).as(measure.key()).isNotBlank();
            assertThat(flag.sources()).as(measure.key()).isNotEmpty();
            String why = knowledge.whyMeasure(measure.key()).orElseThrow().text();
            assertThat(why).as(measure.key()).startsWith("\"Leaky Gut Explained\"")
                    .contains(GuidanceNote.mark() + " " + flag.reason(), "Please seek medical advice promptly.",
                            flag.sources().getFirst().label());
            assertThat(knowledge.whyMeasure(measure.key()).orElseThrow().sectionId()).isEqualTo("explained.help");
        }
    }

    @Test
    void everyRedFlagMeasureLoggedAsYesBringsItsNoticeFromTheBuiltInKnowledge() {
        List<Measure> catalogue = builtInMeasures();
        for (Measure measure : redFlagMeasures()) {
            List<RedFlagNotice> notices = RedFlags.notices(Map.of(measure.key(), 1.0, "bloating", 4.0), catalogue,
                    safety);
            assertThat(notices).as(measure.key()).singleElement().satisfies(notice -> {
                assertThat(notice.text()).startsWith(measure.name() + ": ")
                        .contains(safety.redFlagFor(measure.key()).orElseThrow().reason())
                        .endsWith("Please seek medical advice promptly.");
                assertThat(notice.citation()).startsWith("General guidance from GutLog, not from the two articles.")
                        .contains("Source");
            });
            assertThat(RedFlags.notices(Map.of(measure.key(), 0.0), catalogue, safety)).as(measure.key()).isEmpty();
        }
    }

    @Test
    void theRedFlagListNamesEverySignThatNeedsPromptCareEachCited() {
        List<String> signs = safety.redFlags().stream().map(flag -> flag.sign().toLowerCase(Locale.ROOT)).toList();
        for (String[] needed : new String[][] {{"blood", "black"}, {"weight"}, {"vomiting"}, {"swallowing"},
                {"fever"}, {"severe", "pain", "worse"}, {"wake", "sleep"}, {"50"},
                {"family history", "bowel cancer", "coeliac", "inflammatory bowel disease"}}) {
            assertThat(signs).as("a sign naming %s", Arrays.toString(needed))
                    .anyMatch(sign -> Arrays.stream(needed).allMatch(sign::contains));
        }
        assertThat(safety.redFlags()).allSatisfy(flag -> assertThat(flag.sources()).isNotEmpty());
        assertThat(safety.redFlagGuidance().sectionIds()).contains("explained.help");
        assertThat(safety.forSection("explained.help")).first().isEqualTo(safety.redFlagGuidance());
    }

    @Test
    void theMedicineLineIsOnTheWhyOfNsaidsSteroidsAndAntibioticsAndOnEveryMedicationSection() {
        Guidance medicines = safety.guidance("prescribed-medicines").orElseThrow();
        assertThat(medicines.text()).contains("Do not stop or change a medicine you have been prescribed",
                "Low-dose aspirin");
        for (String key : List.of("nsaid", "steroid", "antibiotic")) {
            assertThat(knowledge.whyMeasure(key).orElseThrow().text()).as(key)
                    .contains(GuidanceNote.mark() + " do not stop or change a prescribed medicine without your"
                            + " prescriber; low-dose aspirin, for example, may be prescribed for the heart.");
        }
        assertThat(knowledge.whyMeasure("alcohol").orElseThrow().text()).doesNotContain("prescriber");
        assertThat(knowledge.whyMeasure("sugar").orElseThrow().text()).doesNotContain(GuidanceNote.mark());
        for (Section section : sectionsMentioning("nsaid|steroid|antibiotic|aspirin|ibuprofen|gut-irritating medicines")) {
            assertThat(safety.forSection(section.id())).as("guidance on %s", section.id()).contains(medicines);
        }
    }

    @Test
    void theSupplementLineIsOnEverySupplementMeasureAndSection() {
        Guidance supplements = safety.guidance("supplements").orElseThrow();
        assertThat(supplements.text()).contains("pharmacist or doctor", "pregnant", "other medicines",
                "weakened immune system");
        for (Measure measure : builtInMeasures()) {
            if (measure.group() == MeasureGroup.SUPPLEMENTS) {
                assertThat(knowledge.whyMeasure(measure.key()).orElseThrow().text()).as(measure.key())
                        .contains("check with a pharmacist or doctor before taking supplements in pregnancy");
            }
        }
        for (Section section : sectionsMentioning("supplement|probiotic|glutamine|vitamin d|zinc")) {
            assertThat(safety.forSection(section.id())).as("guidance on %s", section.id()).contains(supplements);
        }
    }

    @Test
    void lowMoodHasHelpForThoughtsOfSelfHarmWithNoCountrysNumber() {
        Guidance mood = safety.guidance("low-mood").orElseThrow();
        assertThat(mood.text()).contains("two weeks", "harming yourself", "straight away");
        assertThat(mood.sectionIds()).contains("symptoms.mood");
        assertThat(knowledge.whyMeasure("low_mood").orElseThrow().text()).contains("thoughts of harming yourself");
        allSafetyTexts().forEach((where, text) ->
                assertThat(text).as("%s names no telephone number", where).doesNotContainPattern("\\d{3}"));
    }

    @Test
    void coeliacGuidanceSaysTheTestsNeedGlutenInTheDiet() {
        Guidance coeliac = safety.guidance("coeliac-testing").orElseThrow();
        assertThat(coeliac.text()).contains("accurate only while you are eating gluten");
        assertThat(coeliac.sources()).extracting(SafetySource::title).anyMatch(title -> title.contains("NG20"));
        assertThat(knowledge.whyMeasure("gluten").orElseThrow().text()).contains("the tests need gluten in your diet");
    }

    @Test
    void everySourceHasATitleAPublisherAndIsCitedAndNoAddressIsMadeUp() {
        List<SafetySource> cited = new ArrayList<>();
        safety.redFlags().forEach(flag -> cited.addAll(flag.sources()));
        cited.addAll(safety.redFlagGuidance().sources());
        safety.guidance().forEach(entry -> cited.addAll(entry.sources()));
        assertThat(safety.sources()).isNotEmpty().allSatisfy(source -> {
            assertThat(source.title()).isNotBlank();
            assertThat(source.publisher()).isNotBlank();
            assertThat(source.supports()).as(source.id()).isNotBlank();
            assertThat(cited).as("%s is cited", source.id()).contains(source);
            source.link().ifPresent(address -> assertThat(address).matches("https?://[^\\s]+"));
        });
    }

    @Test
    void theGuidanceCopiesNoRunOfEightWordsFromTheArticles() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the source articles are beside the repository only when shared/ is");
        StringBuilder articles = new StringBuilder(" ");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.append(KnowledgeBaseTest.normalise(Files.readString(file))).append(" | ");
            }
        }
        String source = articles.toString();
        List<String> copied = new ArrayList<>();
        allSafetyTexts().forEach((where, text) -> {
            String[] words = KnowledgeBaseTest.normalise(text).split(" ");
            for (int i = 0; i + 8 <= words.length; i++) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + 8));
                if (source.contains(" " + run + " ")) {
                    copied.add(where + ": " + run);
                }
            }
        });
        assertThat(copied).isEmpty();
    }

    @Test
    void aGuidanceEntryCitingAnUnknownSourceOrSectionIsRefused() {
        String unknownSource = knowledgeWith("""
                <safety>
                  <source id="s" title="T" publisher="P"/>
                  <guidance id="g" heading="H" sources="s nope"><text>Text.</text></guidance>
                </safety>""");
        assertThatThrownBy(() -> read(unknownSource)).hasMessageContaining("nope").hasMessageContaining("does not exist");
        String unknownSection = knowledgeWith("""
                <safety>
                  <source id="s" title="T" publisher="P"/>
                  <guidance id="g" heading="H" sources="s"><text>Text.</text><show section="a.two"/></guidance>
                </safety>""");
        assertThatThrownBy(() -> read(unknownSection)).hasMessageContaining("a.two");
        String noWhy = knowledgeWith("""
                <safety>
                  <source id="s" title="T" publisher="P"/>
                  <guidance id="g" heading="H" sources="s"><text>Text.</text><why-line>ask.</why-line>
                    <add-to-why measure="zinc"/></guidance>
                </safety>""");
        assertThatThrownBy(() -> read(noWhy)).hasMessageContaining("zinc");
        String madeUpAddress = knowledgeWith("""
                <safety><source id="s" title="T" publisher="P" url="www.example"/></safety>""");
        assertThatThrownBy(() -> read(madeUpAddress)).hasMessageContaining("malformed address");
    }

    @Test
    void aKnowledgeFileWithoutSafetyHasNone() throws IOException {
        KnowledgeBase none = read(knowledgeWith(""));
        assertThat(none.safety().redFlags()).isEmpty();
        assertThat(none.safety().forSection("a.one")).isEmpty();
        assertThat(none.whyMeasure("gas").orElseThrow().text()).isEqualTo("Because.");
    }

    private static String knowledgeWith(String safety) {
        return """
                <knowledge>
                  <article id="a" title="A">
                    <section id="a.one" heading="One"><summary>Text.</summary></section>
                  </article>
                  <why measure="gas" section="a.one">Because.</why>
                """ + safety + "\n</knowledge>";
    }

    private static KnowledgeBase read(String xml) throws IOException {
        return KnowledgeLoader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Section> sectionsMentioning(String pattern) {
        return knowledge.allSections().stream()
                .filter(section -> section.summary().toLowerCase(Locale.ROOT).matches(".*(" + pattern + ").*"))
                .toList();
    }

    /** Every text of GutLog's guidance, by where it is. */
    private Map<String, String> allSafetyTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Guidance> all = new ArrayList<>(safety.guidance());
        all.add(safety.redFlagGuidance());
        for (Guidance entry : all) {
            texts.put("heading of " + entry.id(), entry.heading());
            texts.put("text of " + entry.id(), entry.text());
            if (entry.whyLine() != null) {
                texts.put("why-line of " + entry.id(), entry.whyLine());
            }
        }
        for (RedFlag flag : safety.redFlags()) {
            texts.put("sign " + flag.id(), flag.sign());
            if (flag.reason() != null) {
                texts.put("reason " + flag.id(), flag.reason());
            }
        }
        texts.put("advice", safety.advice());
        return texts;
    }
}
