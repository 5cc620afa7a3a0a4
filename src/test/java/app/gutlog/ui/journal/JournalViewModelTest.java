package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day form's logic on a real journal file, with no UI toolkit. */
class JournalViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path temp;

    private AppServices services;
    private JournalViewModel model;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model = newModel();
    }

    private JournalViewModel newModel() {
        JournalViewModel fresh = new JournalViewModel(services.days(), services.catalog(), services.trials(),
                new ImmediateTaskRunner());
        fresh.start();
        return fresh;
    }

    @AfterEach
    void close() {
        services.close();
    }

    private MeasureField field(JournalViewModel on, String key) {
        return on.fields().stream().filter(f -> f.measure().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void startsOnAnEmptyTodayWithEveryMeasureUnlogged() {
        assertThat(model.date().get()).isEqualTo(TODAY);
        assertThat(model.fields()).hasSize(43).noneMatch(f -> f.logged().get());
        assertThat(model.fields()).noneMatch(f -> f.measure().scale() == Scale.TEXT);
        assertThat(model.isDirty()).isFalse();
        assertThat(model.saved().get()).isFalse();
    }

    @Test
    void savesExactlyWhatWasTypedAndShowsItAgainLater() {
        field(model, "bloating").input().set("5");
        field(model, "sleep_hours").input().set("6,5");
        field(model, "alcohol").input().set("0");
        model.notes().set("Birthday dinner, \"lots\" of cake");
        assertThat(model.isDirty()).isTrue();

        assertThat(model.save()).isTrue();

        assertThat(model.isDirty()).isFalse();
        assertThat(model.saved().get()).isTrue();
        assertThat(services.days().load(TODAY)).contains(new DayEntry(TODAY,
                Map.of("bloating", 5.0, "sleep_hours", 6.5, "alcohol", 0.0), "Birthday dinner, \"lots\" of cake"));

        JournalViewModel reopened = newModel();
        assertThat(field(reopened, "bloating").input().get()).isEqualTo("5");
        assertThat(field(reopened, "sleep_hours").input().get()).isEqualTo("6.5");
        assertThat(field(reopened, "alcohol").input().get()).isEqualTo("0");
        assertThat(field(reopened, "gas").logged().get()).isFalse();
        assertThat(reopened.notes().get()).isEqualTo("Birthday dinner, \"lots\" of cake");
    }

    @Test
    void theStateBadgeFollowsTheDayFromEmptyThroughAnEditASaveAndADeletion() {
        JournalViewModel notStarted = new JournalViewModel(services.days(), services.catalog(), services.trials(),
                new ImmediateTaskRunner());
        assertThat(notStarted.dayState().get()).as("no badge before the form has its fields").isNull();

        assertThat(model.dayState().get()).isEqualTo(DayState.NOT_LOGGED);

        field(model, "bloating").input().set("5");
        assertThat(model.dayState().get()).isEqualTo(DayState.UNSAVED);
        field(model, "bloating").input().set("");
        assertThat(model.dayState().get()).as("typed back to what is saved").isEqualTo(DayState.NOT_LOGGED);
        field(model, "bloating").input().set("5");

        model.save();
        assertThat(model.dayState().get()).isEqualTo(DayState.SAVED);

        field(model, "gas").input().set("2");
        assertThat(model.dayState().get()).isEqualTo(DayState.UNSAVED);
        model.save();
        assertThat(model.dayState().get()).isEqualTo(DayState.SAVED);

        model.delete();
        assertThat(model.dayState().get()).isEqualTo(DayState.NOT_LOGGED);

        model.undoDelete();
        assertThat(model.dayState().get()).isEqualTo(DayState.SAVED);
        assertThat(newModel().dayState().get()).as("after a restart").isEqualTo(DayState.SAVED);
    }

    @Test
    void theStateBadgeNamesEachState() {
        assertThat(DayState.NOT_LOGGED.label()).isEqualTo("Not logged");
        assertThat(DayState.SAVED.label()).isEqualTo("Saved");
        assertThat(DayState.UNSAVED.label()).isEqualTo("Unsaved changes");
        assertThat(List.of(DayState.values())).extracting(DayState::styleClass)
                .containsExactly("new-day", "saved", "unsaved");
    }

    @Test
    void aBadValueIsExplainedAtOnceAndNothingIsSaved() {
        field(model, "bloating").input().set("11");
        field(model, "sleep_hours").input().set("25");
        field(model, "sugar").input().set("-1");
        field(model, "gas").input().set("lots");

        assertThat(field(model, "bloating").problem().get()).isEqualTo("Bloating: 11 is above 10 (allowed: 0–10)");
        assertThat(field(model, "sleep_hours").problem().get()).contains("25 is above 24", "0–24 hours");
        assertThat(field(model, "sugar").problem().get()).contains("-1 is below 0");
        assertThat(field(model, "gas").problem().get()).contains("'lots' is not a number");
        assertThat(model.save()).isFalse();
        assertThat(model.status().get()).contains("Not saved");
        assertThat(services.days().load(TODAY)).isEmpty();

        model.notes().set("x".repeat(10_001));
        assertThat(model.notesProblem().get()).contains("at most 10,000");
    }

    @Test
    void clearingAValueMakesItUnloggedAgain() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 4.0, "gas", 2.0), null));
        model = newModel();

        field(model, "bloating").clear();
        model.save();

        assertThat(services.days().load(TODAY).orElseThrow().values()).containsOnlyKeys("gas");
    }

    @Test
    void deletingCanBeUndone() {
        DayEntry day = new DayEntry(TODAY, Map.of("bloating", 4.0), "note");
        services.days().save(day);
        model = newModel();

        model.delete();

        assertThat(services.days().load(TODAY)).isEmpty();
        assertThat(field(model, "bloating").logged().get()).isFalse();
        assertThat(model.undoAvailable().get()).isTrue();

        model.undoDelete();

        assertThat(services.days().load(TODAY)).contains(day);
        assertThat(field(model, "bloating").input().get()).isEqualTo("4");
        assertThat(model.undoAvailable().get()).isFalse();
    }

    @Test
    void copyFromYesterdayFillsTheFormWithoutSavingOrCopyingNotes() {
        services.days().save(new DayEntry(TODAY.minusDays(1), Map.of("bloating", 3.0, "alcohol", 2.0), "yesterday"));

        model.copyFromYesterday();

        assertThat(field(model, "bloating").input().get()).isEqualTo("3");
        assertThat(field(model, "alcohol").input().get()).isEqualTo("2");
        assertThat(model.notes().get()).isEmpty();
        assertThat(model.isDirty()).isTrue();
        assertThat(services.days().load(TODAY)).isEmpty();
    }

    @Test
    void movesBetweenDaysButNotBeyondTomorrow() {
        model.open(TODAY.minusDays(3));
        assertThat(model.date().get()).isEqualTo(TODAY.minusDays(3));

        model.open(TODAY.plusDays(2));

        assertThat(model.date().get()).isEqualTo(TODAY.minusDays(3));
        assertThat(model.status().get()).contains("more than a day in the future");
    }

    @Test
    void valuesOfArchivedMeasuresAreKeptWhenTheDayIsSavedAgain() {
        services.catalog().add(new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET, Scale.COUNT,
                "cups", ExposureRule.ANY_AMOUNT, null, false, false));
        services.days().save(new DayEntry(TODAY, Map.of("coffee", 2.0, "gas", 1.0), null));
        services.catalog().setArchived("coffee", true);
        model = newModel();
        assertThat(model.fields()).noneMatch(f -> f.measure().key().equals("coffee"));

        field(model, "gas").input().set("3");
        model.save();

        assertThat(services.days().load(TODAY).orElseThrow().values()).containsEntry("coffee", 2.0).containsEntry("gas", 3.0);
    }

    @Test
    void arrowKeysStepWithinTheScale() {
        MeasureField sleep = field(model, "sleep_hours");
        sleep.step(1);
        assertThat(sleep.input().get()).isEqualTo("0");
        sleep.input().set("23.75");
        sleep.step(1);
        sleep.step(1);
        assertThat(sleep.input().get()).isEqualTo("24");
    }

    @Test
    void aMeasureAddedElsewhereJoinsTheFormWithoutLosingWhatWasTyped() {
        field(model, "bloating").input().set("6");
        services.catalog().add(new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET, Scale.COUNT,
                "cups", ExposureRule.ANY_AMOUNT, null, false, false));

        model.journalChanged();

        assertThat(field(model, "coffee").logged().get()).isFalse();
        assertThat(field(model, "bloating").input().get()).isEqualTo("6");
        assertThat(model.isDirty()).isTrue();
        field(model, "coffee").input().set("2");
        model.save();
        assertThat(services.days().load(TODAY).orElseThrow().values()).containsEntry("coffee", 2.0).containsEntry("bloating", 6.0);
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void anUnchangedCatalogueLeavesTheFormAsItIs() {
        MeasureField first = model.fields().getFirst();
        first.input().set("3");

        model.journalChanged();

        assertThat(model.fields().getFirst()).isSameAs(first);
        assertThat(first.input().get()).isEqualTo("3");
    }

    @Test
    void aRunningTrialShowsItsTargetAndFlagsAnExposureThatBreaksIt() {
        services.trials().add(new Trial(0, "Gluten-free weeks", Trial.Protocol.GLUTEN_FREE, TODAY.minusDays(30),
                TODAY.minusDays(4), TODAY.plusDays(23), null, Outcome.BURDEN, List.of("gluten"), List.of("probiotic")));
        JournalViewModel withTrial = newModel();

        assertThat(withTrial.trialNotice().get())
                .isEqualTo("Trial \u201CGluten-free weeks\u201D, day 5 of 28: no gluten, probiotic.");
        assertThat(withTrial.trialBroken().get()).isFalse();

        field(withTrial, "gluten").input().set("0");
        assertThat(withTrial.trialBroken().get()).isFalse();
        field(withTrial, "gluten").input().set("2");
        assertThat(withTrial.trialBroken().get()).isTrue();
        assertThat(withTrial.trialNotice().get()).endsWith("Logging Gluten today breaks it; log it anyway if that is what happened.");

        withTrial.open(TODAY.minusDays(10));
        assertThat(withTrial.trialNotice().get()).isEmpty();
    }

    @Test
    void aFormWithNoEditsShowsADayChangedElsewhereAtOnce() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 2.0), "mine"));
        JournalViewModel shown = newModel();
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), "imported"));

        shown.journalChanged();

        assertThat(field(shown, "bloating").input().get()).isEqualTo("7");
        assertThat(shown.notes().get()).isEqualTo("imported");
        assertThat(shown.isDirty()).isFalse();
        assertThat(shown.changedInJournal().get()).isNull();
        assertThat(shown.status().get()).contains("changed in the journal");
    }

    @Test
    void aFormWithEditsAsksAndNeverSavesOverADayChangedElsewhere() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 2.0), null));
        JournalViewModel shown = newModel();
        field(shown, "gas").input().set("4");
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), null));

        shown.journalChanged();

        assertThat(shown.changedInJournal().get()).contains(new DayEntry(TODAY, Map.of("bloating", 7.0), null));
        assertThat(field(shown, "gas").input().get()).isEqualTo("4");
        assertThat(shown.save()).isFalse();
        assertThat(services.days().load(TODAY).orElseThrow().values()).isEqualTo(Map.of("bloating", 7.0));

        shown.loadSavedDay();

        assertThat(field(shown, "bloating").input().get()).isEqualTo("7");
        assertThat(field(shown, "gas").input().get()).isEmpty();
        assertThat(shown.isDirty()).isFalse();
    }

    @Test
    void keepingTheEditsSavesThemOverTheDayAsItIsNow() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 2.0), null));
        JournalViewModel shown = newModel();
        field(shown, "gas").input().set("4");
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), "imported"));
        shown.journalChanged();

        shown.keepMyEdits();

        assertThat(shown.changedInJournal().get()).isNull();
        assertThat(shown.isDirty()).isTrue();
        assertThat(shown.save()).isTrue();
        assertThat(services.days().load(TODAY).orElseThrow())
                .isEqualTo(new DayEntry(TODAY, Map.of("bloating", 2.0, "gas", 4.0), null));
    }

    @Test
    void aSaveThatMissedTheChangeSignalIsRefusedAndAsks() {
        JournalViewModel shown = newModel();
        field(shown, "gas").input().set("4");
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 7.0), null));

        assertThat(shown.save()).isTrue();

        assertThat(services.days().load(TODAY).orElseThrow().values()).isEqualTo(Map.of("bloating", 7.0));
        assertThat(shown.changedInJournal().get()).contains(new DayEntry(TODAY, Map.of("bloating", 7.0), null));
        assertThat(shown.status().get()).startsWith("Not saved: this day was changed in the journal");
        assertThat(field(shown, "gas").input().get()).isEqualTo("4");
    }

    @Test
    void aDayDeletedElsewhereEmptiesAFormWithNoEdits() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 2.0), null));
        JournalViewModel shown = newModel();
        services.days().delete(TODAY);

        shown.journalChanged();

        assertThat(shown.saved().get()).isFalse();
        assertThat(field(shown, "bloating").input().get()).isEmpty();
    }
}
