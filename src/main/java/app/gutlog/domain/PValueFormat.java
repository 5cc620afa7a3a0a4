package app.gutlog.domain;

import java.util.Locale;

/** The one way GutLog writes a p-value or q-value, in the app, the report and the command line. */
public final class PValueFormat {

    private PValueFormat() {}

    /** "0.023", "< 0.001" for anything smaller, and "–" where no test was run (NaN). */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
