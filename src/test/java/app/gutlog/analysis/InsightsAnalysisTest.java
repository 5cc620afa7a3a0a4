package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsAnalysisTest {

    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    private static final int SEEDS = 20;
    private static final int DAYS = 180;
    private static List<Measure> measures;

    @BeforeAll
    static void catalogue(@TempDir Path temp) {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            measures = services.catalog().allMeasures();
        }
    }

    private static Effect effect(Insights insights, String factor, int lag) {
        return insights.effects().stream().filter(e -> e.factorKey().equals(factor) && e.lag() == lag)
                .findFirst().orElseThrow();
    }

    @Test
    void findsEveryPlantedEffectInAtLeastNinetyPercentOfSeeds() {
        for (DemoJournal.PlantedEffect planted : DemoJournal.PLANTED) {
            int found = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                List<DayEntry> journal = DemoJournal.generate(LAST, DAYS, seed);
                Insights insights = InsightsAnalysis.compute(journal, measures, new Outcome.Symptom(planted.symptom()),
                        LAST.minusDays(DAYS - 1), LAST);
                Effect effect = effect(insights, planted.factor(), planted.lag());
                if (effect.q() < 0.05 && effect.difference() > 0) {
                    found++;
                }
            }
            assertThat(found).as("%s found in %d of %d seeds", planted, found, SEEDS).isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void staysQuietAboutFactorsWithNoEffect() {
        int tests = 0;
        int falseAlarms = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<DayEntry> journal = DemoJournal.generate(LAST, DAYS, seed);
            for (String symptom : List.of("bloating", "abdominal_pain", "fatigue", "anxiety", "gas")) {
                Insights insights = InsightsAnalysis.compute(journal, measures, new Outcome.Symptom(symptom),
                        LAST.minusDays(DAYS - 1), LAST);
                for (String factor : DemoJournal.NO_EFFECT) {
                    for (int lag = 0; lag <= InsightsAnalysis.MAX_LAG; lag++) {
                        tests++;
                        if (effect(insights, factor, lag).q() < 0.05) {
                            falseAlarms++;
                        }
                    }
                }
            }
        }
        assertThat((double) falseAlarms / tests).as("%d false alarms in %d tests", falseAlarms, tests).isLessThanOrEqualTo(0.10);
    }

    @Test
    void theDemoJournalFlagsOnlyWhatItPlants() {
        java.util.Set<String> plantedFactors = new java.util.HashSet<>();
        DemoJournal.PLANTED.forEach(p -> plantedFactors.add(p.factor()));
        for (int seed = 1; seed <= 3; seed++) {
            List<DayEntry> journal = DemoJournal.generate(LAST, 365, seed);
            List<Outcome> outcomes = new java.util.ArrayList<>(List.of(Outcome.BURDEN));
            DemoJournal.PLANTED.forEach(p -> outcomes.add(new Outcome.Symptom(p.symptom())));
            for (Outcome outcome : outcomes) {
                Insights insights = InsightsAnalysis.compute(journal, measures, outcome, LAST.minusDays(364), LAST);
                assertThat(insights.effects()).filteredOn(Effect::flagged)
                        .as("seed %d, outcome %s", seed, outcome.code())
                        .allMatch(e -> plantedFactors.contains(e.factorKey()));
            }
            Insights bloating = InsightsAnalysis.compute(journal, measures, new Outcome.Symptom("bloating"),
                    LAST.minusDays(364), LAST);
            assertThat(bloating.effects()).filteredOn(Effect::flagged).extracting(e -> e.factorKey() + "@" + e.lag())
                    .containsExactly("alcohol@1");
        }
    }

    @Test
    void aConstantOutcomeIsNoChangeNotTooLittleData() {
        LocalDate first = LAST.minusDays(29);
        List<DayEntry> days = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(new DayEntry(first.plusDays(i), Map.of("alcohol", i % 2 == 0 ? 2.0 : 0.0, "bloating", 0.0), null));
        }
        Effect sameDay = effect(InsightsAnalysis.compute(days, measures, new Outcome.Symptom("bloating"), first, LAST),
                "alcohol", 0);

        assertThat(sameDay.enoughData()).isTrue();
        assertThat(sameDay.noChangeSeen()).isTrue();
        assertThat(sameDay.difference()).isZero();
        assertThat(sameDay.p()).isEqualTo(1.0);
        assertThat(sameDay.flagged()).isFalse();
    }

    @Test
    void unloggedDaysAreLeftOutNotCountedAsNone() {
        LocalDate first = LAST.minusDays(19);
        List<DayEntry> days = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // alcohol logged only on even days (as 2 drinks); odd days leave it unlogged
            Map<String, Double> values = i % 2 == 0 ? Map.of("alcohol", 2.0, "bloating", 5.0) : Map.of("bloating", 1.0);
            days.add(new DayEntry(first.plusDays(i), values, null));
        }
        Insights insights = InsightsAnalysis.compute(days, measures, Outcome.BURDEN, first, LAST);
        Effect sameDay = effect(insights, "alcohol", 0);

        assertThat(sameDay.nExposed()).isEqualTo(10);
        assertThat(sameDay.nUnexposed()).isZero();
        assertThat(sameDay.enoughData()).isFalse();
        assertThat(sameDay.difference()).isNaN();
    }

    @Test
    void sortsByEvidenceWithTooThinRowsLast() {
        List<DayEntry> journal = DemoJournal.generate(LAST, DAYS, 3);
        Insights insights = InsightsAnalysis.compute(journal, measures, new Outcome.Symptom("bloating"),
                LAST.minusDays(DAYS - 1), LAST);

        Effect strongest = insights.effects().getFirst();
        assertThat(strongest.factorKey()).isEqualTo("alcohol");
        assertThat(strongest.lag()).isEqualTo(1);
        assertThat(strongest.ciLow()).isPositive();
        assertThat(insights.effects()).extracting(Effect::enoughData).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(insights.doseResponse()).anyMatch(d -> d.factorKey().equals("alcohol") && d.lag() == 1 && d.rho() > 0);
    }

    @Test
    void theWeeklyMeanAveragesTheLoggedDaysOfTheLastSevenAndNeedsFourOfThem() {
        double nan = Double.NaN;
        double[] daily = {1, 2, nan, 3, nan, nan, 6, 8, nan, nan, nan, nan, nan, nan};

        double[] weekly = InsightsAnalysis.trailingMean(daily);

        assertThat(weekly[2]).isNaN();
        assertThat(weekly[3]).as("three logged days are too few").isNaN();
        assertThat(weekly[6]).isEqualTo(3.0);
        assertThat(weekly[7]).isEqualTo((2 + 3 + 6 + 8) / 4.0);
        assertThat(weekly[8]).isNaN();
    }

    @Test
    void theReportCountsLoggedAndExposedDaysAndHowOftenEachMeasureWasLogged() {
        LocalDate first = LAST.minusDays(9);
        List<DayEntry> days = List.of(
                new DayEntry(first, Map.of("alcohol", 0.0, "bloating", 2.0), "felt fine"),
                new DayEntry(first.plusDays(1), Map.of("alcohol", 3.0), null),
                new DayEntry(first.plusDays(4), Map.of("alcohol", 1.0, "bloating", 6.0), null));

        InsightsReport report = InsightsAnalysis.report(days, measures, Outcome.BURDEN, first, LAST);

        assertThat(report.daysInRange()).isEqualTo(10);
        assertThat(report.outcomeByDay().value(0)).isEqualTo(2.0);
        assertThat(report.outcomeByDay().isLogged(1)).isFalse();
        assertThat(report.outcomeByDay().loggedDays()).isEqualTo(2);
        InsightsReport.Factor alcohol = report.factor("alcohol").orElseThrow();
        assertThat(alcohol.loggedDays()).isEqualTo(3);
        assertThat(alcohol.exposedDays()).isEqualTo(2);
        assertThat(alcohol.amounts().value(1)).isEqualTo(3.0);
        assertThat(alcohol.amounts().isLogged(2)).isFalse();
        assertThat(report.factor("bloating")).isEmpty();
        assertThat(report.completeness())
                .filteredOn(c -> List.of("alcohol", "bloating", "notes", "zinc").contains(c.measure().key()))
                .extracting(c -> c.measure().key() + "=" + c.loggedDays())
                .containsExactly("bloating=2", "alcohol=3", "zinc=0", "notes=1");
    }
}
