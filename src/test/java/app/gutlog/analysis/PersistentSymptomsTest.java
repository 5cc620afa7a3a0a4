package app.gutlog.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.PersistentBurden;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentSymptomsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Map<LocalDate, Double> weeks(double... newestFirst) {
        Map<LocalDate, Double> burden = new HashMap<>();
        for (int week = 0; week < newestFirst.length; week++) {
            for (int day = 0; day < 7; day++) {
                burden.put(TODAY.minusDays(7L * week + day), newestFirst[week]);
            }
        }
        return burden;
    }

    @Test
    void threeHighWeeksInARow() {
        assertThat(PersistentSymptoms.check(weeks(6, 7, 6.5), TODAY))
                .hasValueSatisfying(found -> {
                    assertThat(found.pattern()).isEqualTo(PersistentBurden.Pattern.STAYS_HIGH);
                    assertThat(found.weeklyMeans()).containsExactly(6.5, 7.0, 6.0);
                });
    }

    @Test
    void oneCalmerWeekBreaksTheRun() {
        assertThat(PersistentSymptoms.check(weeks(7, 5.9, 7), TODAY)).isEmpty();
    }

    @Test
    void fourRisingWeeksWithEnoughOfARise() {
        assertThat(PersistentSymptoms.check(weeks(4.5, 4, 3, 2.5), TODAY))
                .hasValueSatisfying(found -> assertThat(found.pattern()).isEqualTo(PersistentBurden.Pattern.KEEPS_RISING));
        assertThat(PersistentSymptoms.check(weeks(4, 3.5, 3, 2.5), TODAY)).as("a rise of 1.5").isEmpty();
        assertThat(PersistentSymptoms.check(weeks(5, 3, 3, 2), TODAY)).as("a flat week").isEmpty();
    }

    @Test
    void weeksWithTooFewRatedDaysDoNotCount() {
        Map<LocalDate, Double> sparse = new HashMap<>();
        for (int day = 0; day < 21; day += 2) {
            sparse.put(TODAY.minusDays(day), 9.0);
        }
        assertThat(PersistentSymptoms.check(sparse, TODAY)).isEmpty();
        assertThat(PersistentSymptoms.check(Map.of(), TODAY)).isEmpty();
    }

    @Test
    void oneSymptomRatedSevereEveryDayForAWeekCallsForTheNoticeEvenWhenTheBurdenIsLow() {
        Map<LocalDate, Double> lowBurden = new HashMap<>();
        Map<LocalDate, Double> pain = new HashMap<>();
        for (int day = 0; day < 7; day++) {
            lowBurden.put(TODAY.minusDays(day), 2.0);
            pain.put(TODAY.minusDays(day), day == 3 ? 8.0 : 9.0);
        }

        assertThat(PersistentSymptoms.check(lowBurden, Map.of("Cramping or abdominal pain", pain), TODAY))
                .hasValueSatisfying(found -> {
                    assertThat(found.pattern()).isEqualTo(PersistentBurden.Pattern.ONE_SYMPTOM_SEVERE);
                    assertThat(found.explanation()).isEqualTo("You have rated cramping or abdominal pain 8 or more"
                            + " (out of 10) on each of the last 7 days: 9.0, 9.0, 9.0, 8.0, 9.0, 9.0, 9.0.");
                });
    }

    @Test
    void aSevereWeekWithOneMilderOrUnratedDayIsNotEnough() {
        Map<LocalDate, Double> pain = new HashMap<>();
        for (int day = 0; day < 7; day++) {
            pain.put(TODAY.minusDays(day), 9.0);
        }
        Map<LocalDate, Double> milder = new HashMap<>(pain);
        milder.put(TODAY.minusDays(2), 7.5);
        Map<LocalDate, Double> gap = new HashMap<>(pain);
        gap.remove(TODAY.minusDays(6));

        assertThat(PersistentSymptoms.check(Map.of(), Map.of("Bloating", milder), TODAY)).isEmpty();
        assertThat(PersistentSymptoms.check(Map.of(), Map.of("Bloating", gap), TODAY)).isEmpty();
    }
}
