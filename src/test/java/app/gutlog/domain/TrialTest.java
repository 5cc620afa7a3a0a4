package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static Trial trial(LocalDate setUpOn) {
        return new Trial(3, "Gluten-free", Trial.Protocol.GLUTEN_FREE, START.minusDays(14), START, START.plusDays(27),
                null, Outcome.BURDEN, List.of("gluten", "dairy"), List.of("probiotic"), setUpOn);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"gluten_free, GLUTEN_FREE", "gluten-free, GLUTEN_FREE", "Gluten free, GLUTEN_FREE",
        "'  GLUTEN-FREE ', GLUTEN_FREE", "low-FODMAP, LOW_FODMAP", "Low FODMAP, LOW_FODMAP", "low_fodmap, LOW_FODMAP",
        "paleo, PALEO", "Paleo-style, PALEO", "NSAID free, NSAID_FREE", "alcohol-free, ALCOHOL_FREE",
        "stress practice, STRESS_PRACTICE", "Sleep 7–9 hours, SLEEP", "custom, CUSTOM"})
    void aProtocolIsFoundByItsCodeOrItsNameAsPeopleWriteIt(String text, Trial.Protocol expected) {
        assertThat(Trial.Protocol.parse(text)).contains(expected);
    }

    @Test
    void aProtocolThatDoesNotExistIsNotGuessed() {
        assertThat(Trial.Protocol.parse("fasting")).isEmpty();
        assertThat(Trial.Protocol.parse("gluten")).isEmpty();
        assertThat(Trial.Protocol.parse("")).isEmpty();
        assertThat(Trial.Protocol.parse(null)).isEmpty();
    }

    @Test
    void aTrialIsDescribedOnceWithTheNamesItIsGiven() {
        assertThat(trial(null).describe(key -> key)).isEqualTo("Gluten-free: avoids gluten, dairy; adds probiotic");
        assertThat(trial(null).describe(key -> key.toUpperCase(Locale.ROOT)))
                .isEqualTo("Gluten-free: avoids GLUTEN, DAIRY; adds PROBIOTIC");
    }

    @Test
    void aTrialSetUpAfterItsEndWasNotPlannedAhead() {
        assertThat(trial(null).setUpAfterTheEnd()).isFalse();
        assertThat(trial(START.minusDays(1)).setUpAfterTheStart()).isFalse();
        assertThat(trial(START).setUpAfterTheStart()).isFalse();
        assertThat(trial(START.plusDays(3)).setUpAfterTheStart()).isTrue();
        assertThat(trial(START.plusDays(3)).setUpAfterTheEnd()).isFalse();
        assertThat(trial(START.plusDays(27)).setUpAfterTheEnd()).isFalse();
        assertThat(trial(START.plusDays(28)).setUpAfterTheEnd()).isTrue();
    }

    @Test
    void endingEarlyKeepsEverythingButTheEnd() {
        Trial ended = trial(START).endingOn(START.plusDays(9));
        assertThat(ended.end()).isEqualTo(START.plusDays(9));
        assertThat(ended.plannedDays()).isEqualTo(10);
        assertThat(ended.withId(3).endingOn(START.plusDays(27))).isEqualTo(trial(START));
    }
}
