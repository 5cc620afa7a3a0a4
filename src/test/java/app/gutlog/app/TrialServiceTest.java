package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private AppServices open() {
        return AppServices.open(temp.resolve("journal.db"), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
    }

    @Test
    void aTrialIsSavedWithItsMeasuresAndReadBackWithItsResult() {
        Trial trial = new Trial(0, "No alcohol", Trial.Protocol.ALCOHOL_FREE, TODAY.minusDays(60), TODAY.minusDays(30),
                TODAY.plusDays(10), TODAY.plusDays(20), new Outcome.Symptom("bloating"), List.of("alcohol", "nsaid"),
                List.of("probiotic"));
        try (AppServices services = open()) {
            services.insights().createDemo(90, 4);
            Trial saved = services.trials().add(trial);
            assertThat(saved.id()).isPositive();
        }
        try (AppServices services = open()) {
            var result = services.trials().results().getFirst();
            assertThat(result.trial()).isEqualTo(trial.withId(result.trial().id()).withSetUpOn(TODAY));
            assertThat(result.dayOfTrial()).isEqualTo(31);
            assertThat(result.baselineDays()).isBetween(20, 30);
            assertThat(result.enoughData()).isTrue();
            assertThat(services.trials().active()).extracting(Trial::name).containsExactly("No alcohol");
        }
    }

    @Test
    void aTrialWithProblemsIsRefusedWithEveryOneNamed() {
        Trial bad = new Trial(0, " ", Trial.Protocol.CUSTOM, TODAY, TODAY, TODAY.minusDays(1), TODAY.minusDays(2),
                new Outcome.Symptom("alcohol"), List.of("coffee"), List.of());
        try (AppServices services = open()) {
            assertThatThrownBy(() -> services.trials().add(bad)).hasMessageContaining("needs a name")
                    .hasMessageContaining("must start before the trial")
                    .hasMessageContaining("ends on 2026-06-29, before it starts")
                    .hasMessageContaining("reintroduction must end after the trial")
                    .hasMessageContaining("'coffee' is not a measure")
                    .hasMessageContaining("'alcohol' is not a rated symptom");
            assertThat(services.trials().results()).isEmpty();
        }
    }

    @Test
    void everyProtocolButCustomLinksToASectionOfTheArticles() {
        try (AppServices services = open()) {
            for (Trial.Protocol protocol : Trial.Protocol.values()) {
                if (protocol != Trial.Protocol.CUSTOM) {
                    assertThat(services.knowledge().section(protocol.sectionId())).as(protocol.label()).isPresent();
                }
            }
        }
    }

    private static Trial running() {
        return new Trial(0, "No alcohol", Trial.Protocol.ALCOHOL_FREE, TODAY.minusDays(30), TODAY.minusDays(9),
                TODAY.plusDays(18), null, Outcome.BURDEN, List.of("alcohol"), List.of());
    }

    @Test
    void anEditIsCheckedLikeANewTrialAndKeepsTheDayTheTrialWasSetUp() {
        try (AppServices services = open()) {
            Trial saved = services.trials().add(running());
            Trial longer = new Trial(saved.id(), "No alcohol, longer", saved.protocol(), saved.baselineFrom(),
                    saved.start(), TODAY.plusDays(40), null, saved.outcome(), List.of("alcohol", "sugar"), List.of());

            assertThat(services.trials().edit(longer)).isEqualTo(longer.withSetUpOn(TODAY));
            assertThat(services.trials().all()).containsExactly(longer.withSetUpOn(TODAY));

            Trial broken = new Trial(saved.id(), "", saved.protocol(), saved.start(), saved.start(), saved.end(), null,
                    saved.outcome(), List.of("coffee"), List.of());
            assertThatThrownBy(() -> services.trials().edit(broken)).isInstanceOf(TrialService.Rejected.class)
                    .hasMessageStartingWith("The trial was not changed").hasMessageContaining("needs a name")
                    .hasMessageContaining("'coffee' is not a measure");
            assertThatThrownBy(() -> services.trials().edit(longer.withId(99))).isInstanceOf(TrialService.Rejected.class)
                    .hasMessageContaining("There is no trial 99");
            assertThat(services.trials().all()).containsExactly(longer.withSetUpOn(TODAY));
        }
    }

    @Test
    void aRunningTrialEndsEarlyOnlyWithinItsDaysAndNotInTheFuture() {
        try (AppServices services = open()) {
            Trial saved = services.trials().add(running());

            assertThatThrownBy(() -> services.trials().end(saved.id(), TODAY.plusDays(1)))
                    .isInstanceOf(TrialService.Rejected.class).hasMessageContaining("is after today");
            assertThatThrownBy(() -> services.trials().end(saved.id(), TODAY.minusDays(10)))
                    .hasMessageContaining("delete it");
            assertThatThrownBy(() -> services.trials().end(saved.id(), TODAY.plusDays(18)))
                    .hasMessageContaining("already ends on");
            assertThat(services.trials().all().getFirst().end()).isEqualTo(TODAY.plusDays(18));

            Trial ended = services.trials().end(saved.id(), TODAY);
            assertThat(ended.end()).isEqualTo(TODAY);
            assertThat(services.trials().all()).containsExactly(ended);
            assertThat(services.trials().active()).containsExactly(ended);
            assertThat(services.trials().activeOn(TODAY.plusDays(1))).isEmpty();
        }
    }

    @Test
    void aDeletedTrialIsGoneAndAMissingOneIsSaidToBe() {
        try (AppServices services = open()) {
            Trial saved = services.trials().add(running());
            services.trials().delete(saved.id());
            assertThat(services.trials().all()).isEmpty();
            assertThatThrownBy(() -> services.trials().delete(saved.id())).isInstanceOf(TrialService.Rejected.class)
                    .hasMessageContaining("There is no trial " + saved.id());
        }
    }

    @Test
    void aTrialWhollyInThePastIsAllowedAndKnownToBeSetUpAfterwards() {
        Trial past = new Trial(0, "Last spring", Trial.Protocol.ALCOHOL_FREE, TODAY.minusDays(90), TODAY.minusDays(60),
                TODAY.minusDays(31), null, Outcome.BURDEN, List.of("alcohol"), List.of());
        try (AppServices services = open()) {
            assertThat(services.trials().add(past).setUpAfterTheEnd()).isTrue();
            assertThat(services.trials().add(running()).setUpAfterTheEnd()).isFalse();
        }
    }

    @Test
    void theCoeliacNoteComesOnlyForATrialThatAvoidsGluten() {
        assertThat(TrialService.beforeCuttingGluten(List.of("dairy", "gluten"))).hasValueSatisfying(note ->
                assertThat(note).containsIgnoringCase("coeliac").contains("General guidance from GutLog"));
        assertThat(TrialService.beforeCuttingGluten(List.of("dairy"))).isEmpty();
    }
}
