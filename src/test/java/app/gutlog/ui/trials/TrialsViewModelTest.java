package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.app.OutOfOrderTaskRunner;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
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
    private TrialsViewModel model;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        tasks = new ImmediateTaskRunner();
        model = new TrialsViewModel(services.trials(), services.catalog(), services.days(), services.knowledge(), tasks);
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

        model.create(glutenFree(), null, () -> done[0] = true, problems::add);

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

        model.create(backwards, null, () -> { }, problems::add);

        assertThat(problems).singleElement().asString().isNotBlank();
        assertThat(model.trials()).isEmpty();
    }

    @Test
    void aReadThatEndsAfterANewerOneIsDropped() {
        OutOfOrderTaskRunner outOfOrder = new OutOfOrderTaskRunner();
        TrialsViewModel slow = new TrialsViewModel(services.trials(), services.catalog(), services.days(),
                services.knowledge(), outOfOrder);
        slow.refresh();
        services.trials().add(glutenFree());
        slow.refresh();

        outOfOrder.finish(1);
        outOfOrder.finishNewestFirst();

        assertThat(slow.trials()).hasSize(1);
        assertThat(slow.selected().get().trial().name()).isEqualTo("Gluten-free weeks");
    }
}
