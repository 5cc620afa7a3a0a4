package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayOverview;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.PersistentBurden;
import app.gutlog.domain.RedFlagDay;
import app.gutlog.domain.RedFlagNotice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services keep red-flag symptoms out of the burden, the "see a professional" notice and the outcomes, and hand
 * their days on with their notices.
 */
class RedFlagServicesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private AppServices services;
    private List<Measure> redFlags;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        redFlags = services.catalog().allMeasures().stream().filter(Measure::redFlag).toList();
        assertThat(redFlags).hasSize(4);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Map<String, Double> withEveryRedFlag(Map<String, Double> others) {
        Map<String, Double> values = new HashMap<>(others);
        redFlags.forEach(flag -> values.put(flag.key(), 1.0));
        return values;
    }

    @Test
    void aDaysBurdenInTheCalendarIgnoresRedFlags() {
        services.days().save(new DayEntry(TODAY, withEveryRedFlag(Map.of("bloating", 8.0)), null));
        services.days().save(new DayEntry(TODAY.minusDays(1), withEveryRedFlag(Map.of()), null));

        List<DayOverview> overviews = services.days().overviews(TODAY.minusDays(1), TODAY);

        assertThat(overviews.getFirst().burden()).isEmpty();
        assertThat(overviews.getLast().burden()).hasValue(8.0);
    }

    @Test
    void theSeeAProfessionalNoticeReadsOnlyRatedSymptoms() {
        // With the four red flags (1 = yes) counted, the burden would be 2; without them it stays at 6 for 3 weeks.
        for (int back = 0; back < 21; back++) {
            services.days().save(new DayEntry(TODAY.minusDays(back), withEveryRedFlag(Map.of("bloating", 6.0)), null));
        }

        assertThat(services.days().persistentSymptoms()).hasValueSatisfying(notice -> {
            assertThat(notice.pattern()).isEqualTo(PersistentBurden.Pattern.STAYS_HIGH);
            assertThat(notice.weeklyMeans()).containsOnly(6.0);
        });
    }

    @Test
    void redFlagsAloneNeverBringTheSeeAProfessionalNoticeNorNameASevereSymptom() {
        for (int back = 0; back < 28; back++) {
            services.days().save(new DayEntry(TODAY.minusDays(back), withEveryRedFlag(Map.of()), null));
        }
        assertThat(services.days().persistentSymptoms()).isEmpty();
    }

    @Test
    void noRedFlagIsAnInsightsOutcome() {
        services.days().save(new DayEntry(TODAY, withEveryRedFlag(Map.of("bloating", 3.0)), null));
        for (Measure flag : redFlags) {
            assertThatThrownBy(() -> services.insights().report(null, null, new Outcome.Symptom(flag.key())))
                    .as(flag.key()).isInstanceOf(JournalException.class)
                    .hasMessageContaining("never an outcome")
                    .hasMessageContaining("bloating")
                    .hasMessageNotContaining("blood_in_stool, ");
        }
        assertThat(services.insights().report(null, null, new Outcome.Symptom("bloating")).outcomeByDay().value(0))
                .isEqualTo(3.0);
    }

    @Test
    void theInsightsReportCarriesEachRedFlagDayWithItsNotices() {
        services.days().save(new DayEntry(TODAY.minusDays(3), Map.of("blood_in_stool", 1.0, "bloating", 2.0), null));
        services.days().save(new DayEntry(TODAY.minusDays(2), Map.of("blood_in_stool", 0.0, "bloating", 4.0), null));
        services.days().save(new DayEntry(TODAY.minusDays(1), Map.of("fever", 1.0, "night_waking", 1.0), null));

        InsightsReport report = services.insights().report(null, null, Outcome.BURDEN);

        assertThat(report.redFlagDays()).extracting(RedFlagDay::date)
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(1));
        assertThat(report.redFlagDays().getLast().notices()).extracting(RedFlagNotice::measureKey)
                .containsExactly("fever", "night_waking");
        assertThat(report.redFlagDays().getFirst().notices().getFirst().text())
                .startsWith("Blood in the stool or black stools: ").endsWith("Please seek medical advice promptly.");
        assertThat(report.outcomeByDay().value(0)).isEqualTo(2.0);
        assertThat(report.outcomeByDay().isLogged(2)).isFalse();
    }
}
