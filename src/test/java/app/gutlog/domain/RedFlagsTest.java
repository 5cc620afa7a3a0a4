package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rule for red-flag notices, on a small made-up catalogue and knowledge base. */
class RedFlagsTest {

    private static final SafetySource NHS = new SafetySource("nhs", "Bowel cancer", "NHS", null,
            "https://www.nhs.uk/example", "blood in the poo", null, null);
    private static final SafetySource NICE = new SafetySource("nice", "Guideline", "NICE", 2015, null, null, null,
            "NICE G1");

    private static final Measure BLOOD = redFlag("blood_in_stool", "Blood in the stool or black stools");
    private static final Measure FEVER = redFlag("fever", "Fever");
    private static final Measure BLOATING = new Measure("bloating", "Bloating", MeasureKind.SYMPTOM,
            MeasureGroup.SYMPTOMS, Scale.SEVERITY, null, null, null, true, false);
    private static final Measure GUT_INFECTION = new Measure("gut_infection", "Gut infection", MeasureKind.RISK_FACTOR,
            MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.YES_NO, null, ExposureRule.ANY_AMOUNT, null, true, false);
    private static final List<Measure> CATALOGUE = List.of(BLOATING, BLOOD, FEVER, GUT_INFECTION);

    private static final Guidance GENERAL = new Guidance("red-flags", "Signs that need prompt medical advice",
            "Contact a doctor promptly.", null, List.of(NHS), List.of("explained.help"), List.of());
    private static final Safety SAFETY = new Safety(GENERAL,
            List.of(new RedFlag("blood", "Blood in your stool", "blood_in_stool", "It should be checked by a doctor.",
                    List.of(NHS, NICE))),
            "Please seek medical advice promptly.", List.of(), List.of(NHS, NICE));

    private static Measure redFlag(String key, String name) {
        return new Measure(key, name, MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.YES_NO, null, null, null, true,
                false, true);
    }

    @Test
    void aRedFlagLoggedAsYesBringsItsNoticeWithNameReasonAdviceAndSources() {
        List<RedFlagNotice> notices = RedFlags.notices(Map.of("blood_in_stool", 1.0, "bloating", 9.0), CATALOGUE,
                SAFETY);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.measureKey()).isEqualTo("blood_in_stool");
            assertThat(notice.text()).isEqualTo("Blood in the stool or black stools: It should be checked by a doctor."
                    + " Please seek medical advice promptly.");
            assertThat(notice.citation()).isEqualTo("General guidance from GutLog, not from the two articles."
                    + " (Sources: NHS, \u201cBowel cancer\u201d; NICE, \u201cGuideline\u201d (2015).)");
            assertThat(notice.sources()).containsExactly(NHS, NICE);
        });
    }

    @Test
    void noNoticeForARedFlagLoggedAsNoOrNotLoggedOrForAnOrdinaryYes() {
        assertThat(RedFlags.notices(Map.of("blood_in_stool", 0.0), CATALOGUE, SAFETY)).isEmpty();
        assertThat(RedFlags.notices(Map.of("bloating", 10.0), CATALOGUE, SAFETY)).isEmpty();
        assertThat(RedFlags.notices(Map.of("gut_infection", 1.0), CATALOGUE, SAFETY)).isEmpty();
        assertThat(RedFlags.notices(Map.of(), CATALOGUE, SAFETY)).isEmpty();
    }

    @Test
    void aRedFlagTheKnowledgeBaseDoesNotDescribeStillBringsANoticeWithTheGeneralGuidance() {
        List<RedFlagNotice> notices = RedFlags.notices(Map.of("fever", 1.0, "blood_in_stool", 1.0), CATALOGUE, SAFETY);

        assertThat(notices).extracting(RedFlagNotice::measureKey).containsExactly("blood_in_stool", "fever");
        assertThat(notices.getLast().text()).isEqualTo("Fever: Contact a doctor promptly. Please seek medical advice"
                + " promptly.");
        assertThat(notices.getLast().sources()).containsExactly(NHS);
    }

    @Test
    void daysListsOnlyTheDaysWithANoticeInTheirOrder() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        List<DayEntry> days = List.of(
                new DayEntry(first, Map.of("blood_in_stool", 1.0), null),
                new DayEntry(first.plusDays(1), Map.of("blood_in_stool", 0.0, "bloating", 3.0), null),
                new DayEntry(first.plusDays(2), Map.of("fever", 1.0, "blood_in_stool", 1.0), null));

        List<RedFlagDay> flagged = RedFlags.days(days, CATALOGUE, SAFETY);

        assertThat(flagged).extracting(RedFlagDay::date).containsExactly(first, first.plusDays(2));
        assertThat(flagged.getLast().notices()).hasSize(2);
    }

    @Test
    void aRedFlagIsASymptomButNeverARatedOne() {
        assertThat(BLOOD.kind()).isEqualTo(MeasureKind.SYMPTOM);
        assertThat(BLOOD.isRatedSymptom()).isFalse();
        assertThat(BLOATING.isRatedSymptom()).isTrue();
        assertThat(GUT_INFECTION.isRatedSymptom()).isFalse();
        assertThat(new Measure("x", "X", MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.SEVERITY, null, null, null,
                false, false).redFlag()).isFalse();
    }

    @Test
    void aShortCitationNamesEachSourceOnceByItsShortName() {
        assertThat(GuidanceNote.shortCitation(List.of(NHS, NICE, NHS))).isEqualTo("(Sources: NHS; NICE G1.)");
        assertThat(GuidanceNote.shortCitation(List.of(NICE))).isEqualTo("(Source: NICE G1.)");
    }

    @Test
    void aWhyWeAskLineAppendsGutLogsGuidanceMarkedAndCited() {
        WhyWeAsk plain = new WhyWeAsk("The article says so.", "a.one");
        assertThat(plain.text()).isEqualTo("The article says so.");
        WhyWeAsk guided = new WhyWeAsk("The article says so.", "a.one",
                List.of(new GuidanceNote("ask a pharmacist first.", List.of(NHS))));
        assertThat(guided.text()).isEqualTo("The article says so. General guidance from GutLog, not from the two"
                + " articles: ask a pharmacist first. (Source: NHS, \u201cBowel cancer\u201d.)");
    }
}
