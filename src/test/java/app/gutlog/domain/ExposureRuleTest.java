package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.ExposureRule.Comparison;
import org.junit.jupiter.api.Test;

class ExposureRuleTest {

    @Test
    void anyAmountMeansAboveZero() {
        assertThat(ExposureRule.ANY_AMOUNT.isExposed(0)).isFalse();
        assertThat(ExposureRule.ANY_AMOUNT.isExposed(0.5)).isTrue();
    }

    @Test
    void shortSleepIsUnderSevenHours() {
        ExposureRule shortSleep = new ExposureRule(Comparison.BELOW, 7);
        assertThat(shortSleep.isExposed(6.75)).isTrue();
        assertThat(shortSleep.isExposed(7)).isFalse();
    }

    @Test
    void thresholdsIncludeTheirBoundaryWhenTheRuleSaysSo() {
        assertThat(new ExposureRule(Comparison.AT_LEAST, 6).isExposed(6)).isTrue();
        assertThat(new ExposureRule(Comparison.AT_LEAST, 6).isExposed(5)).isFalse();
        assertThat(new ExposureRule(Comparison.AT_MOST, 2).isExposed(2)).isTrue();
        assertThat(new ExposureRule(Comparison.AT_MOST, 2).isExposed(3)).isFalse();
    }

    @Test
    void describesItselfInPlainWords() {
        assertThat(new ExposureRule(Comparison.BELOW, 7).describe("Sleep", Scale.HOURS, "hours"))
                .isEqualTo("Sleep: under 7 hours");
        assertThat(new ExposureRule(Comparison.AT_LEAST, 6).describe("Stress", Scale.SEVERITY, null))
                .isEqualTo("Stress: at least 6 (0–10)");
        assertThat(ExposureRule.ANY_AMOUNT.describe("Alcohol", Scale.COUNT, "standard drinks"))
                .isEqualTo("Alcohol: any amount");
        assertThat(ExposureRule.ANY_AMOUNT.describe("Gut infection (diagnosed)", Scale.YES_NO, null))
                .isEqualTo("Gut infection (diagnosed): yes");
    }

    @Test
    void refusesAThresholdThatIsNotANumber() {
        assertThatThrownBy(() -> new ExposureRule(Comparison.ABOVE, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
