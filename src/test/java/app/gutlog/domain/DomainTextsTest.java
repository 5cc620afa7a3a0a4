package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.ExposureRule.Comparison;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.text.PseudoText;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The domain's words come from its bundle and read, in English, exactly as they did when they were written in the
 * code; in the pseudo-locale they are pseudo-localised, while codes and keys stay as they are.
 */
class DomainTextsTest {

    private static final SafetySource NHS = new SafetySource("nhs", "Bowel cancer", "NHS", null, null, null, null,
            null);
    private static final SafetySource NICE = new SafetySource("nice", "Guideline", "NICE", 2015, null, null, null,
            "NICE G1");
    private static final Measure ALCOHOL = new Measure("alcohol", "Alcohol", MeasureKind.RISK_FACTOR,
            MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.COUNT, "drinks", ExposureRule.ANY_AMOUNT, null, true, false);
    private static final Measure GREENS = new Measure("greens", "Greens", MeasureKind.SUPPORT, MeasureGroup.DIET,
            Scale.COUNT, "servings", null, null, false, false);

    @Test
    void labelsOfTheEnumsReadAsBefore() {
        assertThat(List.of(MeasureGroup.values())).extracting(MeasureGroup::label).containsExactly("Symptoms", "Diet",
                "Sleep", "Stress", "Alcohol and medications", "Exercise", "Supplements", "Stool", "Notes");
        assertThat(List.of(MeasureKind.values())).extracting(MeasureKind::label)
                .containsExactly("Symptom", "Risk factor", "Support", "Other");
        assertThat(List.of(Backup.Kind.values())).extracting(Backup.Kind::label).containsExactly("Daily", "Weekly",
                "Backed up by hand", "Before a schema update", "Before a restore");
        assertThat(List.of(Trial.Protocol.values())).extracting(Trial.Protocol::label).containsExactly("Gluten-free",
                "Low-FODMAP", "Paleo-style", "Alcohol-free", "NSAID-free", "Sleep 7–9 hours", "Stress practice",
                "Start a probiotic", "Start L-glutamine", "Custom");
        assertThat(List.of(Comparison.values())).extracting(Comparison::words)
                .containsExactly("above", "at least", "under", "at most");
        assertThat(List.of(CheckInPreset.values())).extracting(CheckInPreset::title).containsExactly(
                "Gut symptoms and diet triggers", "Sleep and stress", "Alcohol and medications", "Everything");
        assertThat(CheckInPreset.GUT_AND_DIET.contents()).isEqualTo("Bloating, gas, pain, diarrhoea, constipation,"
                + " reflux, food reactions and stool form, with sugar, processed food, sweeteners, gluten and dairy");
        assertThat(CheckInPreset.EVERYTHING.contents()).isEqualTo("Every measure on the day form");
        assertThat(BristolTypes.types()).extracting(BristolTypes::form).containsExactly("separate hard lumps",
                "lumpy and sausage-like", "sausage with cracks", "smooth, soft sausage", "soft blobs with clear edges",
                "mushy, ragged pieces", "watery, no solid pieces");
    }

    @Test
    void citationsAndLabelsReadAsBefore() {
        assertThat(NHS.label()).isEqualTo("NHS, \u201cBowel cancer\u201d");
        assertThat(NICE.label()).isEqualTo("NICE, \u201cGuideline\u201d (2015)");
        assertThat(new Reference("Gut", 2014, null, null).label()).isEqualTo("Gut (2014)");
        assertThat(new Section("s", "Leaky Gut Explained", "When to Seek Professional Help", null, "", List.of(),
                List.of()).citation()).isEqualTo("\"Leaky Gut Explained\", section \"When to Seek Professional Help\"");

        GuidanceNote one = new GuidanceNote("See a doctor.", List.of(NHS));
        assertThat(one.citation()).isEqualTo("(Source: NHS, \u201cBowel cancer\u201d.)");
        assertThat(one.marked()).isEqualTo("General guidance from GutLog, not from the two articles: See a doctor."
                + " (Source: NHS, \u201cBowel cancer\u201d.)");
        assertThat(GuidanceNote.citation(List.of(NHS, NICE)))
                .isEqualTo("(Sources: NHS, \u201cBowel cancer\u201d; NICE, \u201cGuideline\u201d (2015).)");
        assertThat(GuidanceNote.shortCitation(List.of(NHS, NICE))).isEqualTo("(Sources: NHS; NICE G1.)");
        assertThat(GuidanceNote.shortCitation(List.of(NHS))).isEqualTo("(Source: NHS.)");
        assertThat(GuidanceNote.markSentence()).isEqualTo("General guidance from GutLog, not from the two articles.");
    }


    @Test
    void aRedFlagWithoutGuidanceStillSaysWhyAndWhatToDo() {
        Measure fever = new Measure("fever", "Fever", MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.YES_NO, null,
                null, null, true, false, true);

        assertThat(RedFlags.notices(Map.of("fever", 1.0), List.of(fever), Safety.none())).singleElement()
                .satisfies(notice -> assertThat(notice.fullText()).isEqualTo("Fever: This is a sign that needs a"
                        + " professional's advice. Please seek medical advice promptly. General guidance from GutLog,"
                        + " not from the two articles. (Sources: .)"));
    }

    @Test
    void dayMessagesReadAsBefore() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(DayRules.dateProblem(LocalDate.of(1899, 12, 31), today)).contains(
                "1899-12-31 is before 1900-01-01; days from 1900-01-01 to 2026-06-02 can be logged");
        assertThat(DayRules.dateProblem(LocalDate.of(2026, 6, 3), today))
                .contains("2026-06-03 is more than a day in the future; days up to 2026-06-02 can be logged");
        assertThat(DayRules.notesProblem("x".repeat(12_345)))
                .contains("Notes are 12,345 characters long; at most 10,000 are allowed");
        assertThat(DayRules.allowedRange(GREENS)).isEqualTo("0–99 servings");
        assertThat(DayRules.valueProblem(GREENS, 100)).contains("Greens: 100 is above 99 (allowed: 0–99 servings)");
        assertThat(DayRules.valueProblem(GREENS, 2.5)).contains("Greens: 2.5 must be a whole number (allowed: 0–99"
                + " servings)");
        assertThat(DayRules.check(new DayEntry(today, Map.of("nettles", 1.0), null), Map.of(), today))
                .extracting(FieldProblem::message).containsExactly("'nettles' is not a measure in this journal");
        assertThat(new DayChangedException(today, Optional.empty()))
                .hasMessage("2026-06-01 was changed in the journal after it was opened, so it was not saved over");
    }

    @Test
    void theChangesToADayReadAsBefore() {
        DayEntry before = new DayEntry(LocalDate.of(2026, 6, 1), Map.of("bloating", 3.0), null);
        DayEntry after = new DayEntry(LocalDate.of(2026, 6, 1), Map.of("bloating", 5.0, "gas", 2.0),
                "Felt  it\nafter lunch");

        assertThat(DayDifferences.between(Optional.of(before), after)).containsExactly("bloating: 3 → 5",
                "gas: not logged → 2", "notes: none → \"Felt it after lunch\"");
    }

    @Test
    void backupsSymptomsThatCarryOnAndPlainWordsReadAsBefore() {
        assertThat(new Backup("f", Backup.Kind.DAILY, LocalDateTime.of(2026, 11, 23, 9, 0), 57 * 1024 + 100))
                .hasToString("23 Nov 2026 09:00 · Daily · 57 KB");
        assertThat(new Backup("f", Backup.Kind.MANUAL, LocalDateTime.of(2026, 11, 23, 9, 0), 2_000_000_000L))
                .hasToString("23 Nov 2026 09:00 · Backed up by hand · 1953125 KB");

        assertThat(PersistentBurden.thresholds()).isEqualTo("GutLog mentions this when the weekly average burden is 6"
                + " or more for 3 weeks running, or rises every week for 4 weeks by 2 points or more in all, counting"
                + " weeks with at least 4 rated days, or when any one symptom is rated 8 or more on each of the last 7"
                + " days.");
        assertThat(new PersistentBurden(PersistentBurden.Pattern.STAYS_HIGH, List.of(6.5, 7.0, 8.2)).explanation())
                .isEqualTo("Your average symptom burden has been 6 or more (out of 10) in each of the last 3 weeks:"
                        + " 6.5, 7.0, 8.2.");
        assertThat(new PersistentBurden(PersistentBurden.Pattern.KEEPS_RISING, List.of(1.0, 2.0, 3.0, 4.0))
                .explanation()).isEqualTo("Your weekly symptom burden has gone up for 4 weeks in a row: 1.0, 2.0, 3.0,"
                        + " 4.0.");
        assertThat(new PersistentBurden(PersistentBurden.Pattern.ONE_SYMPTOM_SEVERE, List.of(8.0, 9.0), "Bloating")
                .explanation()).isEqualTo("You have rated bloating 8 or more (out of 10) on each of the last 7 days:"
                        + " 8.0, 9.0.");

        Effect oneDay = new Effect("alcohol", 0, 1, 1234, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(PlainWords.sentence(oneDay, ALCOHOL, "Bloating")).isEqualTo("Not enough days yet to say: 1 day"
                + " with alcohol (any amount) and 1234 without; 5 of each are needed, in a range of at least 28 days.");
        Effect noDays = new Effect("alcohol", 2, 0, 40, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(PlainWords.sentence(noDays, ALCOHOL, "Bloating")).startsWith("Not enough days yet to say: 0 days");
    }

    @Test
    void inThePseudoLocaleTheWordsArePseudoLocalisedAndTheCodesStay() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Texts.PSEUDO_LOCALE);
            assertThat(MeasureGroup.SYMPTOMS.label()).isEqualTo(PseudoText.of("Symptoms"));
            assertThat(MeasureGroup.SYMPTOMS.code()).isEqualTo("symptoms");
            assertThat(Scale.SEVERITY.describe()).isEqualTo(PseudoText.of("{0}–{1}").replace("{0}", "0")
                    .replace("{1}", "10"));
            assertThat(Trial.Protocol.parse("gluten_free")).contains(Trial.Protocol.GLUTEN_FREE);
            assertThat(ExposureRule.ANY_AMOUNT.describe("Alcohol", Scale.COUNT, "drinks"))
                    .isEqualTo(PseudoText.of("{0}: {1}").replace("{0}", "Alcohol")
                            .replace("{1}", PseudoText.of("any amount")));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(MeasureGroup.SYMPTOMS.label()).isEqualTo("Symptoms");
    }
}
