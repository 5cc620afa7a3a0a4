package app.gutlog.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.PersistentBurden;
import app.gutlog.ui.home.NoticeDismissals.Notice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    @TempDir
    Path temp;

    private AppServices services;
    private final MemoryDismissals dismissals = new MemoryDismissals();

    private static final class MemoryDismissals implements NoticeDismissals {
        private final Map<Notice, LocalDate> last = new EnumMap<>(Notice.class);

        @Override
        public Optional<LocalDate> lastDismissed(Notice notice) {
            return Optional.ofNullable(last.get(notice));
        }

        @Override
        public void dismissed(Notice notice, LocalDate day) {
            last.put(notice, day);
        }
    }

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private HomeViewModel refreshed() {
        HomeViewModel model = new HomeViewModel(services.days(), services.catalog(), new ImmediateTaskRunner(),
                services.databaseFile(), dismissals);
        model.refresh();
        return model;
    }

    /** Logs bloating and gas at {@code burden(daysAgo)} for each of the last {@code days} days. */
    private void logDays(int days, java.util.function.IntToDoubleFunction burden) {
        for (int ago = 0; ago < days; ago++) {
            double value = burden.applyAsDouble(ago);
            services.days().save(new DayEntry(TODAY.minusDays(ago), Map.of("bloating", value, "gas", value), null));
        }
    }

    @Test
    void aNewJournalShowsTheWelcomeAndWhatGutLogAsksAbout() {
        HomeViewModel model = refreshed();

        assertThat(model.journalEmpty().get()).isTrue();
        assertThat(model.hasEntries().get()).isFalse();
        assertThat(model.tracked().get())
                .startsWith("Symptoms (15), Warning signs (4), Diet (8), Sleep (2), Stress (2)");
        assertThat(model.storageText()).contains(services.databaseFile().toString());
        assertThat(model.loadError().get()).isEmpty();
        assertThat(model.notice().get()).isNull();
    }

    @Test
    void theHelpLineComesFromTheKnowledgeBasesRedFlags() {
        HomeViewModel model = new HomeViewModel(services.days(), services.catalog(), new ImmediateTaskRunner(),
                services.databaseFile(), dismissals, services.knowledge().safety());
        assertThat(model.redFlagGuidance()).hasValueSatisfying(guidance ->
                assertThat(guidance.heading()).isEqualTo("Signs that need prompt medical advice"));
        assertThat(model.redFlags()).hasSize(9).allSatisfy(flag -> assertThat(flag.sources()).isNotEmpty());
        assertThat(refreshed().redFlagGuidance()).isEmpty();
    }

    @Test
    void aBurdenThatStaysHighForThreeWeeksBringsTheNoticeUntilDismissed() {
        logDays(21, ago -> 7);

        HomeViewModel model = refreshed();

        assertThat(model.notice().get().pattern()).isEqualTo(PersistentBurden.Pattern.STAYS_HIGH);
        assertThat(model.notice().get().explanation()).contains("6 or more", "7.0, 7.0, 7.0");
        assertThat(model.noticeThresholds()).contains("6 or more for 3 weeks", "4 weeks");

        model.dismissNotice();

        assertThat(model.notice().get()).isNull();
        assertThat(dismissals.lastDismissed(Notice.SEE_A_PROFESSIONAL)).contains(TODAY);
        assertThat(refreshed().notice().get()).isNull();
        dismissals.dismissed(Notice.SEE_A_PROFESSIONAL, TODAY.minusDays(15));
        assertThat(refreshed().notice().get()).isNotNull();
    }

    @Test
    void aBurdenThatKeepsRisingBringsTheNotice() {
        logDays(28, ago -> 5 - ago / 7);  // weeks averaging 2, 3, 4, 5

        assertThat(refreshed().notice().get().pattern()).isEqualTo(PersistentBurden.Pattern.KEEPS_RISING);
    }

    @Test
    void aModerateOrThinlyLoggedJournalBringsNoNotice() {
        logDays(28, ago -> 4);
        assertThat(refreshed().notice().get()).isNull();
    }

    @Test
    void aReturningPersonSeesTheLastSevenDaysAndWhetherTodayIsLogged() {
        services.days().save(new DayEntry(TODAY.minusDays(2), Map.of("bloating", 6.0, "gas", 4.0), null));
        services.days().save(new DayEntry(TODAY.minusDays(9), Map.of("bloating", 1.0), null));

        HomeViewModel model = refreshed();

        assertThat(model.week()).extracting(HomeViewModel.WeekDay::date)
                .containsExactly(TODAY.minusDays(6), TODAY.minusDays(5), TODAY.minusDays(4), TODAY.minusDays(3),
                        TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
        assertThat(model.week()).extracting(HomeViewModel.WeekDay::state)
                .containsExactly("not logged", "not logged", "not logged", "not logged", "5.0", "not logged",
                        "not logged");
        assertThat(model.todayLogged().get()).isFalse();

        services.days().save(new DayEntry(TODAY, Map.of("alcohol", 1.0), null));
        HomeViewModel again = refreshed();

        assertThat(again.todayLogged().get()).isTrue();
        assertThat(again.week().getLast().state()).isEqualTo("logged");
    }
}
