package app.gutlog.domain;

import java.util.Objects;

/**
 * When a logged value of a risk factor or support counts as "exposed": for counts any amount above 0, for the
 * documented thresholds a comparison such as sleep under 7 hours.
 */
public record ExposureRule(Comparison comparison, double threshold) {

    public enum Comparison {
        ABOVE(">", "above"),
        AT_LEAST(">=", "at least"),
        BELOW("<", "under"),
        AT_MOST("<=", "at most");

        private final String symbol;
        private final String words;

        Comparison(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public String symbol() {
            return symbol;
        }

        public String words() {
            return words;
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
        if (scale == Scale.YES_NO) {
            return measureName + ": yes";
        }
        if (this.equals(ANY_AMOUNT)) {
            return measureName + ": any amount";
        }
        String suffix = unit != null ? " " + unit : " (" + scale.describe() + ")";
        return measureName + ": " + comparison.words() + " " + Scale.format(threshold) + suffix;
    }
}
