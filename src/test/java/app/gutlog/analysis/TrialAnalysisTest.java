package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialAnalysisTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 1, 1);
    private static final LocalDate START = BASELINE.plusDays(28);
    private static final LocalDate END = START.plusDays(27);
    private static final LocalDate AFTER = END.plusDays(14);
    private static Map<String, Measure> catalogue;

    @BeforeAll
    static void catalogue(@TempDir Path temp) {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            catalogue = new LinkedHashMap<>();
            services.catalog().allMeasures().forEach(measure -> catalogue.put(measure.key(), measure));
        }
    }

    private static Trial glutenFree() {
        return new Trial(1, "Gluten-free month", Trial.Protocol.GLUTEN_FREE, BASELINE, START, END, AFTER,
                new Outcome.Symptom("bloating"), List.of("gluten"), List.of());
    }

    /**
     * A baseline with gluten most days, a trial without it, a reintroduction with it again. Gluten raises bloating
     * by {@code effect} that day; {@code slips} is the share of trial days on which gluten is still eaten.
     */
    private static List<DayEntry> journal(long seed, double effect, double slips) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DayEntry> days = new ArrayList<>();
        for (LocalDate day = BASELINE; !day.isAfter(AFTER); day = day.plusDays(1)) {
            boolean inTrial = !day.isBefore(START) && !day.isAfter(END);
            boolean gluten = inTrial ? random.nextDouble() < slips : random.nextDouble() < 0.85;
            Map<String, Double> values = new HashMap<>();
            values.put("gluten", gluten ? 1.0 + random.nextInt(2) : 0.0);
            double bloating = 2 + random.nextGaussian() * 1.2 + (gluten ? effect : 0);
            values.put("bloating", (double) Math.max(0, Math.min(10, Math.round(bloating))));
            days.add(new DayEntry(day, values, null));
        }
        return days;
    }

    @Test
    void aPlantedEffectGivesASignificantDropThatComesBackOnReintroduction() {
        int found = 0;
        for (int seed = 1; seed <= 20; seed++) {
            TrialResult result = TrialAnalysis.result(glutenFree(), journal(seed, 2.5, 0.0), catalogue, AFTER);
            if (result.enoughData() && result.p() < 0.05 && result.difference() < 0 && result.ciHigh() < 0
                    && result.reintroductionDifference() > 0) {
                found++;
            }
        }
        assertThat(found).as("seeds with the effect found").isGreaterThanOrEqualTo(18);
    }

    @Test
    void noEffectIsRarelyCalledSignificant() {
        int falseAlarms = 0;
        for (int seed = 1; seed <= 40; seed++) {
            TrialResult result = TrialAnalysis.result(glutenFree(), journal(seed, 0.0, 0.0), catalogue, AFTER);
            if (result.p() < 0.05) {
                falseAlarms++;
            }
        }
        assertThat(falseAlarms).as("false alarms in 40 seeds").isLessThanOrEqualTo(4);
    }

    @Test
    void adherenceCountsTheLoggedTrialDaysThatKeptToIt() {
        List<DayEntry> days = new ArrayList<>(journal(3, 2.5, 0.0));
        // day 1: gluten logged (a slip); day 2: gluten not logged (not kept, but "not logged"); day 3: nothing logged
        days.replaceAll(day -> day.date().equals(START) ? new DayEntry(START, Map.of("gluten", 1.0, "bloating", 4.0), null)
                : day.date().equals(START.plusDays(1)) ? new DayEntry(START.plusDays(1), Map.of("bloating", 2.0), null)
                : day);
        days.removeIf(day -> day.date().equals(START.plusDays(2)));

        TrialResult result = TrialAnalysis.result(glutenFree(), days, catalogue, START.plusDays(9));

        assertThat(result.dayOfTrial()).isEqualTo(10);
        assertThat(result.loggedTrialDays()).isEqualTo(9);
        assertThat(result.keptTrialDays()).isEqualTo(7);
        assertThat(result.notLoggedTrialDays()).isEqualTo(1);
        assertThat(result.poorAdherence()).as("7 of 9 kept: the day without gluten logged is not kept").isTrue();
    }

    @Test
    void anAddedHabitNotLoggedIsNotKeptAndSleepCountsWhenItReachesSevenHours() {
        Trial sleep = new Trial(2, "Sleep", Trial.Protocol.SLEEP, BASELINE, START, END, null, Outcome.BURDEN,
                List.of(), List.of("sleep_hours"));
        List<DayEntry> days = List.of(
                new DayEntry(START, Map.of("sleep_hours", 7.5), null),
                new DayEntry(START.plusDays(1), Map.of("sleep_hours", 6.0), null),
                new DayEntry(START.plusDays(2), Map.of("bloating", 3.0), null));

        TrialResult result = TrialAnalysis.result(sleep, days, catalogue, START.plusDays(2));

        assertThat(result.loggedTrialDays()).isEqualTo(3);
        assertThat(result.keptTrialDays()).isEqualTo(1);
        assertThat(result.notLoggedTrialDays()).isEqualTo(1);
        assertThat(result.poorAdherence()).isTrue();
        assertThat(result.enoughData()).isFalse();
    }
}
