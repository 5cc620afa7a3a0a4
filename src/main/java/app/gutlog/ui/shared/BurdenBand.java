package app.gutlog.ui.shared;

import app.gutlog.domain.DayOverview;
import java.util.Locale;
import java.util.Optional;

/**
 * The bands a day's symptom burden is coloured by, wherever days are drawn as squares (History, Home); the number is
 * always written in the square too.
 */
public enum BurdenBand {
    NOT_LOGGED, NOT_YET, NO_SYMPTOMS_RATED, LOW, MILD, MODERATE, HIGH, SEVERE;

    /** The band of a day: what was logged on it, or whether its absence is a gap or a day still to come. */
    public static BurdenBand of(Optional<DayOverview> logged, boolean future) {
        if (logged.isEmpty()) {
            return future ? NOT_YET : NOT_LOGGED;
        }
        if (logged.get().burden().isEmpty()) {
            return NO_SYMPTOMS_RATED;
        }
        double burden = logged.get().burden().getAsDouble();
        return burden < 2 ? LOW : burden < 4 ? MILD : burden < 6 ? MODERATE : burden < 8 ? HIGH : SEVERE;
    }

    public String styleClass() {
        return "band-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
