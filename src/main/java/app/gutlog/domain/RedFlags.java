package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which red-flag notices a day calls for. A red-flag measure (see {@link Measure#redFlag()}) logged as yes always
 * brings its notice, whatever else was logged; one logged as no, or not logged, brings none. The texts and their
 * sources come from the knowledge base ({@link Safety}); a red-flag measure the knowledge base has no entry for still
 * brings a notice, with the general red-flag guidance as its reason, so that none is ever lost.
 */
public final class RedFlags {

    private RedFlags() {}

    /** The notices for one day's values, in the catalogue's order. */
    public static List<RedFlagNotice> notices(Map<String, Double> values, Collection<Measure> catalogue,
            Safety safety) {
        List<RedFlagNotice> notices = new ArrayList<>();
        for (Measure measure : catalogue) {
            Double value = values.get(measure.key());
            if (!measure.redFlag() || value == null || value <= 0) {
                continue;
            }
            notices.add(safety.redFlagFor(measure.key())
                    .map(flag -> new RedFlagNotice(measure.key(), measure.name(), flag.reason(), advice(safety),
                            flag.sources()))
                    .orElseGet(() -> fallback(measure, safety)));
        }
        return notices;
    }

    public static List<RedFlagNotice> notices(DayEntry day, Collection<Measure> catalogue, Safety safety) {
        return notices(day.values(), catalogue, safety);
    }

    /** Every day of {@code days} that calls for a notice, in the days' order. */
    public static List<RedFlagDay> days(List<DayEntry> days, Collection<Measure> catalogue, Safety safety) {
        List<RedFlagDay> flagged = new ArrayList<>();
        for (DayEntry day : days) {
            List<RedFlagNotice> notices = notices(day, catalogue, safety);
            if (!notices.isEmpty()) {
                flagged.add(new RedFlagDay(day.date(), notices));
            }
        }
        return flagged;
    }

    private static String advice(Safety safety) {
        return safety.advice() == null ? Texts.of(RedFlags.class).get("domain.redFlag.advice") : safety.advice();
    }

    private static RedFlagNotice fallback(Measure measure, Safety safety) {
        Guidance general = safety.redFlagGuidance();
        return new RedFlagNotice(measure.key(), measure.name(),
                general == null ? Texts.of(RedFlags.class).get("domain.redFlag.reason") : general.text(),
                advice(safety), general == null ? List.of() : general.sources());
    }
}
