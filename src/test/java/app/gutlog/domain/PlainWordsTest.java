package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.PlainWords.Evidence;
import app.gutlog.app.AppServices;
import app.gutlog.domain.Insights.Adjusted;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Measure;
import app.gutlog.domain.PValueFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainWordsTest {

    private static Measure alcohol;

    @BeforeAll
    static void catalogue(@TempDir Path temp) {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            alcohol = services.catalog().allMeasures().stream().filter(m -> m.key().equals("alcohol")).findFirst()
                    .orElseThrow();
        }
    }

    private static Effect effect(double rawDifference, double p, double adjustedDifference, double adjustedP,
            double q) {
        return new Effect("alcohol", 1, 31, 200, rawDifference, rawDifference - 1, rawDifference + 1, p, q, q,
                new Adjusted(adjustedDifference, adjustedDifference - 1, adjustedDifference + 1, adjustedP, q),
                List.of());
    }

    @Test
    void strongEvidenceGivesTheAdjustedDifferenceTheDaysAndUnlikelyToBeChance() {
        Effect strong = effect(3.1, 0.0001, 2.7, 0.0002, 0.004);

        assertThat(PlainWords.evidence(strong)).isEqualTo(Evidence.STRONG);
        assertThat(PlainWords.sentence(strong, alcohol, "Bloating")).isEqualTo(
                "On days after alcohol (any amount), your bloating was on average 2.7 points higher (0–10 scale),"
                        + " over 31 such days. That is unlikely to be chance.");
    }

    @Test
    void aSmallPButALargeQIsOnlyAHint() {
        Effect hint = effect(-1.3, 0.02, -1.24, 0.03, 0.2);

        assertThat(PlainWords.evidence(hint)).isEqualTo(Evidence.HINT);
        assertThat(PlainWords.sentence(hint, alcohol, "symptom burden")).isEqualTo(
                "There is a hint that your symptom burden was 1.2 points lower on days after alcohol (any amount)"
                        + " (0–10 scale), over 31 such days, but it may well be chance.");
    }

    @Test
    void aLargePSaysAboutTheSame() {
        Effect none = effect(0.3, 0.4, 0.26, 0.5, 0.9);

        assertThat(PlainWords.evidence(none)).isEqualTo(Evidence.NONE);
        assertThat(PlainWords.sentence(none, alcohol, "bloating")).contains("about the same (0.3 points higher,"
                + " over 31 such days)", "may well be chance").doesNotContain("unlikely");
    }

    @Test
    void tooFewDaysSayNotEnoughDaysYet() {
        Effect thin = new Effect("alcohol", 0, 3, 40, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        assertThat(PlainWords.evidence(thin)).isEqualTo(Evidence.NOT_ENOUGH_DAYS);
        assertThat(PlainWords.sentence(thin, alcohol, "bloating"))
                .startsWith("Not enough days yet to say: 3 days with alcohol (any amount) and 40 without; 5 of each");
    }

    @Test
    void aConstantOutcomeSaysNoChangeSeen() {
        Effect constant = new Effect("alcohol", 0, 10, 10, 0, 0, 0, 1, Double.NaN);

        assertThat(PlainWords.evidence(constant)).isEqualTo(Evidence.NO_CHANGE);
        assertThat(PlainWords.sentence(constant, alcohol, "bloating"))
                .isEqualTo("No change seen: your bloating was the same on all 20 days compared, with alcohol (any"
                        + " amount) or without.");
    }

    @Test
    void aFactorTheModelCouldNotSeparateSaysSoWithTheRawNumbers() {
        Effect aliased = new Effect("alcohol", 1, 31, 200, 2.0, 1.0, 3.0, 0.001, Double.NaN, 0.01, Adjusted.NONE,
                List.of());

        assertThat(PlainWords.evidence(aliased)).isEqualTo(Evidence.CANNOT_TELL_APART);
        assertThat(PlainWords.sentence(aliased, alcohol, "bloating")).contains("2.0 points higher", "31 such days",
                "too often for the data to tell its part apart");
    }

    @Test
    void pValuesAreWrittenOneWay() {
        assertThat(PValueFormat.format(0.0234)).isEqualTo("0.023");
        assertThat(PValueFormat.format(0.0004)).isEqualTo("< 0.001");
        assertThat(PValueFormat.format(Double.NaN)).isEqualTo("–");
    }
}
