package app.gutlog.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.app.OutOfOrderTaskRunner;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayOverview;
import app.gutlog.ui.shared.BurdenBand;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @TempDir
    Path temp;

    @Test
    void showsTheMonthWithBurdensAndGaps() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0, "gas", 5.0), "Pizza\nand more"));
            services.days().save(new DayEntry(TODAY.minusDays(1), Map.of("alcohol", 2.0), null));
            HistoryViewModel model = new HistoryViewModel(services.days(), new ImmediateTaskRunner());

            model.refresh();

            assertThat(model.month().get()).isEqualTo(YearMonth.of(2026, 5));
            assertThat(model.summary().get()).isEqualTo("2 of 20 days logged; the dashed squares are gaps.");
            assertThat(model.loggedDays()).extracting(DayOverview::date).containsExactly(TODAY.minusDays(1), TODAY);
            assertThat(model.calendar()).hasSize(42);
            assertThat(model.calendar().getFirst().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            CalendarDay today = model.calendar().stream().filter(d -> d.date().equals(TODAY)).findFirst().orElseThrow();
            assertThat(today.band()).isEqualTo(BurdenBand.HIGH);
            assertThat(today.burdenText()).isEqualTo("6.0");
            CalendarDay yesterday =
                    model.calendar().stream().filter(d -> d.date().equals(TODAY.minusDays(1))).findFirst().orElseThrow();
            assertThat(yesterday.band()).isEqualTo(BurdenBand.NO_SYMPTOMS_RATED);
            CalendarDay gap = model.calendar().stream().filter(d -> d.date().equals(TODAY.minusDays(2))).findFirst().orElseThrow();
            assertThat(gap.band()).isEqualTo(BurdenBand.NOT_LOGGED);
            assertThat(gap.burdenText()).isEmpty();
            CalendarDay tomorrow =
                    model.calendar().stream().filter(d -> d.date().equals(TODAY.plusDays(1))).findFirst().orElseThrow();
            assertThat(tomorrow.band()).isEqualTo(BurdenBand.NOT_YET);

            model.previousMonth();
            assertThat(model.summary().get()).startsWith("Nothing logged this month");
            assertThat(model.loggedDays()).isEmpty();
        }
    }

    @Test
    void describesADayForTheList() {
        assertThat(HistoryViewModel.describe(new DayOverview(TODAY, OptionalDouble.of(4.25), 17, "Pizza\nsecond line")))
                .isEqualTo("burden 4.3 · 17 measures\nPizza");
        assertThat(HistoryViewModel.describe(new DayOverview(TODAY, OptionalDouble.empty(), 1, null)))
                .isEqualTo("no symptoms rated · 1 measure");
    }

    @Test
    void whenMonthsAreAskedForQuicklyTheLastOneAskedForIsShownWhateverOrderTheReadsEndIn() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), null));
            OutOfOrderTaskRunner tasks = new OutOfOrderTaskRunner();
            HistoryViewModel model = new HistoryViewModel(services.days(), tasks);

            model.showMonth(YearMonth.of(2026, 3));
            model.showMonth(YearMonth.of(2026, 4));
            model.showMonth(YearMonth.of(2026, 5));
            tasks.finish(2);
            tasks.finish(0);
            tasks.finish(0);

            assertThat(model.month().get()).isEqualTo(YearMonth.of(2026, 5));
            assertThat(model.loggedDays()).extracting(DayOverview::date).containsExactly(TODAY);
        }
    }

    @Test
    void theFirstDayOfAMonthIsCountedInTheSingular() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(first.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            services.days().save(new DayEntry(first, Map.of("bloating", 1.0), null));
            HistoryViewModel model = new HistoryViewModel(services.days(), new ImmediateTaskRunner());

            model.refresh();

            assertThat(model.summary().get()).isEqualTo("1 of 1 day logged.");
        }
    }

    @Test
    void aSearchFindsTheDaysWhoseNotesHoldEveryWordAndClearingItShowsTheMonthAgain() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), "Pizza and red wine"));
            services.days().save(new DayEntry(TODAY.minusDays(40), Map.of(), "red wine at dinner"));
            services.days().save(new DayEntry(TODAY.minusDays(2), Map.of(), "rice"));
            HistoryViewModel model = new HistoryViewModel(services.days(), new ImmediateTaskRunner());
            model.refresh();

            model.searchText().set("  WINE ");
            assertThat(model.searching().get()).isTrue();
            assertThat(model.found()).extracting(DayOverview::date).containsExactly(TODAY, TODAY.minusDays(40));
            assertThat(model.searchWords()).containsExactly("WINE");
            assertThat(model.searchSummary().get()).isEqualTo("2 days with “WINE” in the notes.");

            model.searchText().set("wine pizza");
            assertThat(model.found()).extracting(DayOverview::date).containsExactly(TODAY);
            model.searchText().set("beer");
            assertThat(model.found()).isEmpty();
            assertThat(model.searchSummary().get()).isEqualTo("No notes contain “beer”.");

            model.searchText().set("");
            assertThat(model.searching().get()).isFalse();
            assertThat(model.found()).isEmpty();
            assertThat(model.loggedDays()).extracting(DayOverview::date).containsExactly(TODAY.minusDays(2), TODAY);
        }
    }

    @Test
    void anEarlierSearchThatEndsLateIsDropped() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            services.days().save(new DayEntry(LocalDate.now(), Map.of(), "red wine"));
            OutOfOrderTaskRunner tasks = new OutOfOrderTaskRunner();
            HistoryViewModel model = new HistoryViewModel(services.days(), tasks);
            model.searchText().set("red");
            model.searchText().set("beer");
            tasks.finishNewestFirst();
            assertThat(model.found()).isEmpty();
            assertThat(model.searchSummary().get()).isEqualTo("No notes contain “beer”.");
        }
    }
}
