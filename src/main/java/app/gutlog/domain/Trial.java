package app.gutlog.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A self-experiment: a baseline phase, a trial phase that avoids some exposures or adds some supports, and an
 * optional reintroduction phase, compared on one outcome. {@code id} is 0 until it is saved.
 */
public record Trial(
        long id,
        String name,
        Protocol protocol,
        LocalDate baselineFrom,
        LocalDate start,
        LocalDate end,
        LocalDate reintroduceUntil,
        Outcome outcome,
        List<String> avoid,
        List<String> add) {

    /** The protocols the source articles describe, with what each avoids or adds and the section that explains it. */
    public enum Protocol {
        GLUTEN_FREE("gluten_free", "Gluten-free", List.of("gluten"), List.of(), "symptoms.improve.diet"),
        LOW_FODMAP("low_fodmap", "Low-FODMAP", List.of(), List.of(), "symptoms.improve.diet"),
        PALEO("paleo", "Paleo-style", List.of("sugar", "processed_food", "gluten", "dairy"), List.of(), "symptoms.improve.diet"),
        ALCOHOL_FREE("alcohol_free", "Alcohol-free", List.of("alcohol"), List.of(), "symptoms.improve.habits"),
        NSAID_FREE("nsaid_free", "NSAID-free", List.of("nsaid"), List.of(), "explained.support.medications"),
        SLEEP("sleep", "Sleep 7–9 hours", List.of(), List.of("sleep_hours"), "symptoms.improve.habits"),
        STRESS_PRACTICE("stress_practice", "Stress practice", List.of(), List.of("relaxation"), "symptoms.improve.habits"),
        PROBIOTIC("probiotic", "Start a probiotic", List.of(), List.of("probiotic"), "symptoms.improve.supplements"),
        GLUTAMINE("glutamine", "Start L-glutamine", List.of(), List.of("glutamine"), "symptoms.improve.supplements"),
        CUSTOM("custom", "Custom", List.of(), List.of(), null);

        private final String code;
        private final String label;
        private final List<String> avoids;
        private final List<String> adds;
        private final String sectionId;

        Protocol(String code, String label, List<String> avoids, List<String> adds, String sectionId) {
            this.code = code;
            this.label = label;
            this.avoids = avoids;
            this.adds = adds;
            this.sectionId = sectionId;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** What the protocol avoids unless the trial says otherwise. */
        public List<String> avoids() {
            return avoids;
        }

        public List<String> adds() {
            return adds;
        }

        /** The article section behind the protocol, or null for a custom one. */
        public String sectionId() {
            return sectionId;
        }

        public static Protocol fromCode(String code) {
            return Arrays.stream(values()).filter(protocol -> protocol.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown protocol: " + code));
        }
    }

    public Trial {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(baselineFrom, "baselineFrom");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(outcome, "outcome");
        name = name.strip();
        avoid = List.copyOf(avoid);
        add = List.copyOf(add);
    }

    /** The baseline phase's last day: the day before the trial starts. */
    public LocalDate baselineTo() {
        return start.minusDays(1);
    }

    /** The planned length of the trial phase in days. */
    public int plannedDays() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Which day of the trial phase {@code today} is (1 on the first day), or 0 before it starts. */
    public int dayOfTrial(LocalDate today) {
        return today.isBefore(start) ? 0 : (int) Math.min(ChronoUnit.DAYS.between(start, today) + 1, plannedDays());
    }

    public boolean isActive(LocalDate today) {
        return !today.isBefore(start) && !today.isAfter(end);
    }

    public Trial withId(long newId) {
        return new Trial(newId, name, protocol, baselineFrom, start, end, reintroduceUntil, outcome, avoid, add);
    }
}
