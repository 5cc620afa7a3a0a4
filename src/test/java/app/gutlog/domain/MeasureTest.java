package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void keysAreLowerCaseWordsWithUnderscores() {
        assertThat(Measure.isValidKey("sleep_hours")).isTrue();
        assertThat(Measure.isValidKey("vitamin_d3")).isTrue();
        assertThat(Measure.isValidKey("Sleep")).isFalse();
        assertThat(Measure.isValidKey("3days")).isFalse();
        assertThat(Measure.isValidKey("a-b")).isFalse();
        assertThat(Measure.isValidKey("")).isFalse();
        assertThat(Measure.isValidKey("x".repeat(41))).isFalse();
    }

    @Test
    void aBadKeyIsRefusedWithAReason() {
        assertThatThrownBy(() -> measure("Bad Key", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad Key")
                .hasMessageContaining("lower-case");
    }

    @Test
    void showsItsUnitOrElseItsScale() {
        assertThat(measure("alcohol", "standard drinks", ExposureRule.ANY_AMOUNT).unitOrScale()).isEqualTo("standard drinks");
        assertThat(measure("bloating", " ", null).unitOrScale()).isEqualTo("0–10");
    }

    @Test
    void onlyExposuresDescribeAnExposureRule() {
        assertThat(measure("bloating", null, null).exposureText()).isNull();
        assertThat(measure("alcohol", "standard drinks", ExposureRule.ANY_AMOUNT).exposureText())
                .isEqualTo("alcohol: any amount");
    }

    private static Measure measure(String key, String unit, ExposureRule exposure) {
        return new Measure(key, key, MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.SEVERITY, unit, exposure,
                null, false, false);
    }
}
