package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.SymptomSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Red-flag symptoms never enter the symptom burden, the symptom table or the outcome, whatever is logged. */
class SymptomBurdenRedFlagTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    private static List<Measure> measures;
    private static List<Measure> redFlags;

    @BeforeAll
    static void catalogue(@TempDir Path temp) {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            measures = services.catalog().allMeasures();
        }
        redFlags = measures.stream().filter(Measure::redFlag).toList();
        assertThat(redFlags).extracting(Measure::key)
                .containsExactly("blood_in_stool", "weight_loss", "fever", "night_waking");
    }

    private static Map<String, Double> everyRedFlag() {
        Map<String, Double> values = new HashMap<>();
        redFlags.forEach(flag -> values.put(flag.key(), 1.0));
        return values;
    }

    @Test
    void noRedFlagCountsInADaysBurden() {
        for (Measure flag : redFlags) {
            DayEntry day = new DayEntry(FIRST, Map.of("bloating", 4.0, "gas", 2.0, flag.key(), 1.0), null);
            assertThat(SymptomBurden.of(day, measures)).as(flag.key()).hasValue(3.0);
            assertThat(SymptomBurden.of(new DayEntry(FIRST, Map.of(flag.key(), 1.0), null), measures))
                    .as("a day with only %s", flag.key()).isEmpty();
        }
        Map<String, Double> values = everyRedFlag();
        values.put("bloating", 0.0);
        assertThat(SymptomBurden.of(new DayEntry(FIRST, values, null), measures)).hasValue(0.0);
    }

    @Test
    void theInsightsBurdenAndTheSymptomTableLeaveRedFlagsOut() {
        List<DayEntry> days = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            Map<String, Double> values = everyRedFlag();
            values.put("bloating", (double) (i % 5));
            values.put("alcohol", (double) (i % 2));
            days.add(new DayEntry(FIRST.plusDays(i), values, null));
        }
        InsightsReport report = InsightsAnalysis.report(days, measures, Outcome.BURDEN, FIRST, FIRST.plusDays(27));
        for (int i = 0; i < 28; i++) {
            OptionalDouble expected = SymptomBurden.of(days.get(i), measures);
            assertThat(report.outcomeByDay().value(i)).as("day %d", i).isEqualTo((double) (i % 5));
            assertThat(expected).hasValue((double) (i % 5));
        }
        assertThat(report.factors()).extracting(factor -> factor.measure().key())
                .doesNotContainAnyElementsOf(redFlags.stream().map(Measure::key).toList());
        assertThat(SymptomTrends.of(days, measures)).extracting(SymptomSummary::measure).extracting(Measure::key)
                .containsExactly("bloating");
    }

    @Test
    void aRedFlagIsNeverAnOutcome() {
        List<DayEntry> days = List.of(new DayEntry(FIRST, everyRedFlag(), null));
        for (Measure flag : redFlags) {
            assertThatThrownBy(() -> InsightsAnalysis.report(days, measures, new Outcome.Symptom(flag.key()), FIRST,
                    FIRST)).as(flag.key()).hasMessageContaining("never an outcome");
        }
    }

    @Test
    void redFlagsRatedEveryDayDoNotMakeTheBurdenPersist() {
        Map<LocalDate, Double> burden = new HashMap<>();
        for (int back = 0; back < 28; back++) {
            DayEntry day = new DayEntry(FIRST.plusDays(27 - back), Map.of("bloating", 1.0, "blood_in_stool", 1.0,
                    "weight_loss", 1.0, "fever", 1.0, "night_waking", 1.0), null);
            SymptomBurden.of(day, measures).ifPresent(mean -> burden.put(day.date(), mean));
        }
        assertThat(burden.values()).containsOnly(1.0);
        assertThat(PersistentSymptoms.check(burden, FIRST.plusDays(27))).isEmpty();
    }
}
