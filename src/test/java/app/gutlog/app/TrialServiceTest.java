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
            assertThat(result.trial()).isEqualTo(trial.withId(result.trial().id()));
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
}
