package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.BristolTypes;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the day form says beside each measure: the meaning of its scale's ends, its kind, and the Bristol keys. */
class JournalFieldHintsTest {

    @TempDir
    java.nio.file.Path temp;

    private Map<String, Measure> catalogue() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            return services.catalog().activeMeasures().stream()
                    .collect(Collectors.toMap(Measure::key, Function.identity()));
        }
    }

    @Test
    void theEndsOfEachBuiltInScaleAreNamedInTheCataloguesOwnWords() {
        Map<String, Measure> measures = catalogue();

        assertThat(ScaleAnchors.of(measures.get("bloating"))).contains("0 = none, 10 = worst");
        assertThat(ScaleAnchors.of(measures.get("brain_fog"))).contains("0 = none, 10 = worst");
        assertThat(ScaleAnchors.of(measures.get("stress"))).contains("0 = calm, 10 = overwhelmed");
        assertThat(ScaleAnchors.of(measures.get("sleep_quality"))).contains("1 = very poorly, 5 = very well");
        assertThat(ScaleAnchors.of(measures.get("stool_form"))).contains("1 = hard lumps, 7 = watery");
        assertThat(ScaleAnchors.of(measures.get("sugar"))).contains("servings in the day; 0 = none");
        assertThat(ScaleAnchors.of(measures.get("alcohol"))).contains("standard drinks in the day; 0 = none");
        assertThat(ScaleAnchors.of(measures.get("probiotic"))).contains("doses in the day; 0 = none");
        assertThat(ScaleAnchors.of(measures.get("relaxation"))).contains("0 = none");
        assertThat(ScaleAnchors.of(measures.get("sleep_hours"))).isEmpty();
        assertThat(ScaleAnchors.of(measures.get("gut_infection"))).isEmpty();
    }

    @Test
    void riskFactorsAndSupportsAreTaggedAndSymptomsAreNot() {
        Map<String, Measure> measures = catalogue();

        assertThat(ScaleAnchors.kindTag(measures.get("gluten"))).contains("risk factor");
        assertThat(ScaleAnchors.kindTag(measures.get("vegetables"))).contains("support");
        assertThat(ScaleAnchors.kindTag(measures.get("bloating"))).isEmpty();
        assertThat(ScaleAnchors.kindTag(measures.get("stool_form"))).isEmpty();
    }

    @Test
    void aCustomMeasureGetsTheWordsOfItsUnit() {
        Measure coffee = new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET, Scale.COUNT,
                "cups", ExposureRule.ANY_AMOUNT, null, false, false);

        assertThat(ScaleAnchors.of(coffee)).contains("cups in the day; 0 = none");
    }

    @Test
    void aTypedDigitNamesABristolType() {
        assertThat(BristolTypes.types()).isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7));
        assertThat(BristolTypes.named("4")).contains(4);
        assertThat(BristolTypes.named("7")).contains(7);
        assertThat(BristolTypes.named("0")).isEqualTo(Optional.empty());
        assertThat(BristolTypes.named("8")).isEmpty();
        assertThat(BristolTypes.named("x")).isEmpty();
        assertThat(BristolTypes.named("12")).isEmpty();
    }
}
