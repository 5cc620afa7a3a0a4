package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.app.OutOfOrderTaskRunner;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Trial;
import app.gutlog.ui.exchange.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trials page's logic on a real journal, with no UI toolkit. */
class TrialsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path temp;

    private AppServices services;
    private ImmediateTaskRunner tasks;
    private ScriptedDialogs dialogs;
    private TrialsViewModel model;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        tasks = new ImmediateTaskRunner();
        dialogs = new ScriptedDialogs();
        model = new TrialsViewModel(services.trials(), services.catalog(), services.days(), services.knowledge(), tasks,
                dialogs);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Trial glutenFree() {
        return new Trial(0, "Gluten-free weeks", Trial.Protocol.GLUTEN_FREE, TODAY.minusDays(30), TODAY.minusDays(4),
                TODAY.plusDays(23), null, Outcome.BURDEN, List.of("gluten"), List.of("probiotic"));
    }

    @Test
    void anEmptyJournalSaysWhatATrialIsAndWhatToDoNext() {
        model.refresh();

        assertThat(model.trials()).isEmpty();
        assertThat(model.selected().get()).isNull();
        assertThat(model.status().get()).startsWith("No trials yet.").endsWith("Choose New trial to start one.");
    }

    @Test
    void namesAndOutcomesComeFromWhatRefreshReadNotFromTheDiskOnEachCall() {
        model.refresh();
        int afterRefresh = tasks.started();

        assertThat(model.outcomes()).first().isEqualTo(Outcome.BURDEN);
        assertThat(model.outcomes()).contains(new Outcome.Symptom("bloating"));
        assertThat(model.target(glutenFree())).isEqualTo("Gluten-free: avoids Gluten; adds Probiotic. Outcome: symptom burden.");
        assertThat(tasks.started()).isEqualTo(afterRefresh);
    }

    @Test
    void aNewTrialIsSavedSelectedAndDescribed() {
        model.refresh();
        List<String> problems = new ArrayList<>();
        boolean[] done = {false};

        model.save(glutenFree(), null, () -> done[0] = true, problems::add);

        assertThat(done[0]).isTrue();
        assertThat(problems).isEmpty();
        assertThat(model.trials()).hasSize(1);
        assertThat(model.selected().get().trial().name()).isEqualTo("Gluten-free weeks");
        assertThat(model.progress(model.selected().get())).isEqualTo("Day 5 of 28.");
        assertThat(model.adherence(model.selected().get())).isEqualTo("Adherence: no day of the trial is logged yet.");
        assertThat(model.outcomeByDay().get()).isNotNull();
    }

    @Test
    void aTrialThatBreaksTheRulesIsNotSavedAndEveryProblemIsSaid() {
        model.refresh();
        List<String> problems = new ArrayList<>();
        Trial backwards = new Trial(0, "", Trial.Protocol.GLUTEN_FREE, TODAY, TODAY.minusDays(4), TODAY.minusDays(10),
                null, Outcome.BURDEN, List.of(), List.of());

        model.save(backwards, null, () -> { }, problems::add);

        assertThat(problems).singleElement().asString().isNotBlank();
        assertThat(model.trials()).isEmpty();
    }

    @Test
    void aReadThatEndsAfterANewerOneIsDropped() {
        OutOfOrderTaskRunner outOfOrder = new OutOfOrderTaskRunner();
        TrialsViewModel slow = new TrialsViewModel(services.trials(), services.catalog(), services.days(),
                services.knowledge(), outOfOrder, new ScriptedDialogs());
        slow.refresh();
        services.trials().add(glutenFree());
        slow.refresh();

        outOfOrder.finish(1);
        outOfOrder.finishNewestFirst();

        assertThat(slow.trials()).hasSize(1);
        assertThat(slow.selected().get().trial().name()).isEqualTo("Gluten-free weeks");
    }

    @Test
    void anEditIsSavedAndTheTrialStaysSelected() {
        model.refresh();
        model.save(glutenFree(), null, () -> { }, problem -> { });
        Trial saved = model.selected().get().trial();
        Trial renamed = new Trial(saved.id(), "Gluten- and dairy-free", saved.protocol(), saved.baselineFrom(),
                saved.start(), saved.end(), null, saved.outcome(), List.of("gluten", "dairy"), List.of());
        List<String> problems = new ArrayList<>();

        model.save(renamed, null, () -> { }, problems::add);

        assertThat(problems).isEmpty();
        assertThat(model.trials()).hasSize(1);
        assertThat(model.selected().get().trial()).isEqualTo(renamed.withSetUpOn(TODAY));
        assertThat(model.target(model.selected().get().trial()))
                .isEqualTo("Gluten-free: avoids Gluten, Dairy. Outcome: symptom burden.");
    }

    @Test
    void endingEarlyAsksFirstAndEndsTodayOnlyWhenThePersonAgrees() {
        model.refresh();
        model.save(glutenFree(), null, () -> { }, problem -> { });
        assertThat(model.canEndToday(model.selected().get().trial())).isTrue();

        model.endSelected();
        assertThat(dialogs.shown()).containsExactly("end-trial-dialog");
        assertThat(model.selected().get().trial().end()).isEqualTo(TODAY.plusDays(23));

        dialogs.answer("end-trial-dialog", true);
        model.endSelected();
        assertThat(model.selected().get().trial().end()).isEqualTo(TODAY);
        assertThat(model.progress(model.selected().get())).isEqualTo("Day 5 of 5.");
        assertThat(model.canEndToday(model.selected().get().trial())).isFalse();
        assertThat(services.trials().all().getFirst().end()).isEqualTo(TODAY);
    }

    @Test
    void deletingAsksFirstAndDeletesOnlyWhenThePersonAgrees() {
        model.refresh();
        model.save(glutenFree(), null, () -> { }, problem -> { });

        model.deleteSelected();
        assertThat(dialogs.shown()).containsExactly("delete-trial-dialog");
        assertThat(model.trials()).hasSize(1);

        dialogs.answer("delete-trial-dialog", true);
        model.deleteSelected();
        assertThat(model.trials()).isEmpty();
        assertThat(model.selected().get()).isNull();
        assertThat(services.trials().all()).isEmpty();
        assertThat(model.status().get()).startsWith("No trials yet.");
    }

    @Test
    void aTrialSetUpAfterItHadEndedSaysItWasNotPlannedAhead() {
        model.refresh();
        Trial past = new Trial(0, "Last spring", Trial.Protocol.ALCOHOL_FREE, TODAY.minusDays(90),
                TODAY.minusDays(60), TODAY.minusDays(31), null, Outcome.BURDEN, List.of("alcohol"), List.of());
        model.save(past, null, () -> { }, problem -> { });
        assertThat(model.setUpNote(model.selected().get().trial())).startsWith("Set up on 2026-06-10, after this"
                + " trial had already ended").contains("not planned ahead");

        model.save(glutenFree(), null, () -> { }, problem -> { });
        assertThat(model.setUpNote(model.selected().get().trial()))
                .isEqualTo("Set up on 2026-06-10, 4 days after the trial began: its first days were recorded"
                        + " afterwards, not planned ahead.");

        model.save(new Trial(0, "Next month", Trial.Protocol.SLEEP, TODAY.minusDays(20), TODAY.plusDays(3),
                TODAY.plusDays(30), null, Outcome.BURDEN, List.of(), List.of("sleep_hours")), null, () -> { },
                problem -> { });
        assertThat(model.setUpNote(model.selected().get().trial())).isEmpty();
    }

    @Test
    void measuresArePickedByNameFromTheOnesATrialCanAvoidOrAdd() {
        model.refresh();
        List<String> names = model.choosableMeasures().stream().map(Measure::name).toList();
        assertThat(names).contains("Gluten", "Dairy", "Alcohol", "Probiotic", "Zinc");
        assertThat(model.choosableMeasures()).extracting(Measure::key)
                .doesNotContain("bloating", "notes", "stool_form", "fever");
    }
}
