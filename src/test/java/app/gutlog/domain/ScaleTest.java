package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void severityAcceptsWholeNumbersFromZeroToTen() {
        assertThat(Scale.SEVERITY.accepts(0)).isTrue();
        assertThat(Scale.SEVERITY.accepts(10)).isTrue();
        assertThat(Scale.SEVERITY.accepts(11)).isFalse();
        assertThat(Scale.SEVERITY.accepts(-1)).isFalse();
        assertThat(Scale.SEVERITY.accepts(4.5)).isFalse();
        assertThat(Scale.SEVERITY.accepts(Double.NaN)).isFalse();
    }

    @Test
    void hoursAcceptQuarterHoursUpToADay() {
        assertThat(Scale.HOURS.accepts(7.25)).isTrue();
        assertThat(Scale.HOURS.accepts(24)).isTrue();
        assertThat(Scale.HOURS.accepts(24.25)).isFalse();
        assertThat(Scale.HOURS.accepts(7.1)).isFalse();
    }

    @Test
    void countsAreNeverNegative() {
        assertThat(Scale.COUNT.accepts(-1)).isFalse();
        assertThat(Scale.COUNT.accepts(3)).isTrue();
    }

    @Test
    void bristolAndRatingStartAtOne() {
        assertThat(Scale.BRISTOL.accepts(0)).isFalse();
        assertThat(Scale.BRISTOL.accepts(7)).isTrue();
        assertThat(Scale.RATING.accepts(0)).isFalse();
        assertThat(Scale.RATING.accepts(5)).isTrue();
    }

    @Test
    void textTakesNoNumbers() {
        assertThat(Scale.TEXT.isNumeric()).isFalse();
        assertThat(Scale.TEXT.accepts(0)).isFalse();
    }

    @Test
    void codesRoundTrip() {
        for (Scale scale : Scale.values()) {
            assertThat(Scale.fromCode(scale.code())).isSameAs(scale);
        }
    }

    @Test
    void describesItsRange() {
        assertThat(Scale.SEVERITY.describe()).isEqualTo("0–10");
        assertThat(Scale.YES_NO.describe()).isEqualTo("yes/no");
        assertThat(Scale.BRISTOL.describe()).isEqualTo("Bristol type 1–7");
    }
}
