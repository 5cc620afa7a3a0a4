package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.Objects;

/**
 * When a logged value of a risk factor or support counts as "exposed": for counts any amount above 0, for the
 * documented thresholds a comparison such as sleep under 7 hours.
 */
public record ExposureRule(Comparison comparison, double threshold) {

    public enum Comparison {
        ABOVE(">"),
        AT_LEAST(">="),
        BELOW("<"),
        AT_MOST("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The comparison in words: "above", "at least", "under", "at most". */
        public String words() {
            Texts texts = Texts.of(ExposureRule.class);
            return switch (this) {
                case ABOVE -> texts.get("domain.comparison.above");
                case AT_LEAST -> texts.get("domain.comparison.atLeast");
                case BELOW -> texts.get("domain.comparison.below");
                case AT_MOST -> texts.get("domain.comparison.atMost");
            };
        }

        public static Comparison fromSymbol(String symbol) {
            for (Comparison comparison : values()) {
                if (comparison.symbol.equals(symbol)) {
                    return comparison;
                }
            }
            throw new IllegalArgumentException("unknown comparison: " + symbol);
        }
    }

    public static final ExposureRule ANY_AMOUNT = new ExposureRule(Comparison.ABOVE, 0);

    public ExposureRule {
        Objects.requireNonNull(comparison, "comparison");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number");
        }
    }

    public boolean isExposed(double value) {
        return switch (comparison) {
            case ABOVE -> value > threshold;
            case AT_LEAST -> value >= threshold;
            case BELOW -> value < threshold;
            case AT_MOST -> value <= threshold;
        };
    }

    /** Plain words for the rule, such as "Sleep: under 7 hours", "Alcohol: any amount" or "Gut infection: yes". */
    public String describe(String measureName, Scale scale, String unit) {
        return Texts.of(ExposureRule.class).format("domain.exposure.rule", measureName, condition(scale, unit));
    }

    /** The rule's condition alone, without the measure's name: "under 7 hours", "any amount" or "yes". */
    public String condition(Scale scale, String unit) {
        Texts texts = Texts.of(ExposureRule.class);
        if (scale == Scale.YES_NO) {
            return texts.get("domain.exposure.yes");
        }
        if (this.equals(ANY_AMOUNT)) {
            return texts.get("domain.exposure.anyAmount");
        }
        return unit != null
                ? texts.format("domain.exposure.threshold", comparison.words(), Scale.format(threshold), unit)
                : texts.format("domain.exposure.thresholdOnScale", comparison.words(), Scale.format(threshold),
                        scale.describe());
    }
}
