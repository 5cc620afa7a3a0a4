package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DayRulesTest {

    private static final Measure SLEEP = new Measure("sleep_hours", "Sleep", MeasureKind.RISK_FACTOR, MeasureGroup.SLEEP,
            Scale.HOURS, "hours", new ExposureRule(ExposureRule.Comparison.BELOW, 7), null, true, false);

    @Test
    void readsNumbersWithEitherDecimalMark() {
        assertThat(DayRules.parseNumber("7.5")).hasValue(7.5);
        assertThat(DayRules.parseNumber(" 7,25 ")).hasValue(7.25);
        assertThat(DayRules.parseNumber("")).isEmpty();
        assertThat(DayRules.parseNumber("   ")).isEmpty();
        assertThatThrownBy(() -> DayRules.parseNumber("seven")).hasMessage("'seven' is not a number");
        assertThatThrownBy(() -> DayRules.parseNumber("1e3")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void explainsAValueOffTheStep() {
        assertThat(DayRules.valueProblem(SLEEP, 7.1)).hasValue("Sleep: 7.1 must be a multiple of 0.25 (allowed: 0–24 hours)");
        assertThat(DayRules.valueProblem(SLEEP, 7.25)).isEmpty();
    }
}
