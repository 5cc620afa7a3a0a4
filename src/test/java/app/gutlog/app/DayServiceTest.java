package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayOverview;
import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @TempDir
    Path temp;

    private AppServices services;
    private DayService days;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        days = services.days();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void refusesOutOfRangeValuesNamingTheFieldAndTheAllowedRange() {
        DayEntry bad = new DayEntry(TODAY, Map.of("bloating", 11.0, "sleep_hours", 25.0, "alcohol", -1.0), null);

        assertThatThrownBy(() -> days.save(bad))
                .isInstanceOfSatisfying(InvalidDayException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("bloating", "Bloating: 11 is above 10 (allowed: 0–10)"),
                                org.assertj.core.groups.Tuple.tuple("sleep_hours", "Sleep: 25 is above 24 (allowed: 0–24 hours)"),
                                org.assertj.core.groups.Tuple.tuple("alcohol",
                                        "Alcohol: -1 is below 0 (allowed: 0–99 standard drinks)")));
        assertThat(days.load(TODAY)).isEmpty();
    }

    @Test
    void refusesADayMoreThanOneDayAheadButAcceptsTomorrow() {
        assertThatThrownBy(() -> days.save(new DayEntry(TODAY.plusDays(2), Map.of("gas", 1.0), null)))
                .hasMessageContaining("more than a day in the future");
        days.save(new DayEntry(TODAY.plusDays(1), Map.of("gas", 1.0), null));
        assertThat(days.load(TODAY.plusDays(1))).isPresent();
    }

    @Test
    void refusesNotesThatAreTooLong() {
        assertThatThrownBy(() -> days.save(new DayEntry(TODAY, Map.of(), "x".repeat(10_001))))
                .hasMessageContaining("at most 10,000");
    }

    @Test
    void aDeletedDayCanBePutBack() {
        DayEntry entry = new DayEntry(TODAY, Map.of("bloating", 3.0), "note");
        days.save(entry);

        assertThat(days.delete(TODAY)).contains(entry);
        assertThat(days.load(TODAY)).isEmpty();
        days.save(entry);
        assertThat(days.load(TODAY)).contains(entry);
    }

    @Test
    void theMonthShowsEachDaysBurdenAndLeavesUnratedDaysWithout() {
        days.save(new DayEntry(TODAY, Map.of("bloating", 4.0, "gas", 2.0, "alcohol", 3.0), "a"));
        days.save(new DayEntry(TODAY.minusDays(1), Map.of("alcohol", 1.0), null));
        days.save(new DayEntry(TODAY.minusMonths(1), Map.of("gas", 9.0), null));

        List<DayOverview> month = days.month(YearMonth.from(TODAY));

        assertThat(month).extracting(DayOverview::date).containsExactly(TODAY.minusDays(1), TODAY);
        assertThat(month.get(0).burden()).isEmpty();
        assertThat(month.get(1).burden()).hasValue(3.0);
        assertThat(month.get(1).measuresLogged()).isEqualTo(3);
    }
}
