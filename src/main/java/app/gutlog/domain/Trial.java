package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A self-experiment: a baseline phase, a trial phase that avoids some exposures or adds some supports, and an
 * optional reintroduction phase, compared on one outcome. {@code id} is 0 until it is saved; {@code setUpOn}, the
 * day it was first saved (on the person's own calendar), is null until then.
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
        List<String> add,
        LocalDate setUpOn) {

    /** The protocols the source articles describe, with what each avoids or adds and the section that explains it. */
    public enum Protocol {
        GLUTEN_FREE("gluten_free", List.of("gluten"), List.of(), "symptoms.improve.diet"),
        LOW_FODMAP("low_fodmap", List.of(), List.of(), "symptoms.improve.diet"),
        PALEO("paleo", List.of("sugar", "processed_food", "gluten", "dairy"), List.of(), "symptoms.improve.diet"),
        ALCOHOL_FREE("alcohol_free", List.of("alcohol"), List.of(), "symptoms.improve.habits"),
        NSAID_FREE("nsaid_free", List.of("nsaid"), List.of(), "explained.support.medications"),
        SLEEP("sleep", List.of(), List.of("sleep_hours"), "symptoms.improve.habits"),
        STRESS_PRACTICE("stress_practice", List.of(), List.of("relaxation"), "symptoms.improve.habits"),
        PROBIOTIC("probiotic", List.of(), List.of("probiotic"), "symptoms.improve.supplements"),
        GLUTAMINE("glutamine", List.of(), List.of("glutamine"), "symptoms.improve.supplements"),
        CUSTOM("custom", List.of(), List.of(), null);

        private final String code;
        private final List<String> avoids;
        private final List<String> adds;
        private final String sectionId;

        Protocol(String code, List<String> avoids, List<String> adds, String sectionId) {
            this.code = code;
            this.avoids = avoids;
            this.adds = adds;
            this.sectionId = sectionId;
        }

        public String code() {
            return code;
        }

        public String label() {
            Texts texts = Texts.of(Trial.class);
            return switch (this) {
                case GLUTEN_FREE -> texts.get("domain.protocol.glutenFree");
                case LOW_FODMAP -> texts.get("domain.protocol.lowFodmap");
                case PALEO -> texts.get("domain.protocol.paleo");
                case ALCOHOL_FREE -> texts.get("domain.protocol.alcoholFree");
                case NSAID_FREE -> texts.get("domain.protocol.nsaidFree");
                case SLEEP -> texts.get("domain.protocol.sleep");
                case STRESS_PRACTICE -> texts.get("domain.protocol.stressPractice");
                case PROBIOTIC -> texts.get("domain.protocol.probiotic");
                case GLUTAMINE -> texts.get("domain.protocol.glutamine");
                case CUSTOM -> texts.get("domain.protocol.custom");
            };
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

        /**
         * The protocol named as people write it: its code ({@code gluten_free}) or its label, in any case, with
         * spaces, hyphens or underscores between the words ("Gluten free", "gluten-free", "low-FODMAP").
         */
        public static Optional<Protocol> parse(String text) {
            String wanted = words(text);
            return Arrays.stream(values())
                    .filter(protocol -> words(protocol.code).equals(wanted) || words(protocol.label()).equals(wanted))
                    .findFirst();
        }

        private static String words(String text) {
            return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        }
    }

    /** A trial that has not been saved yet, or whose set-up day does not matter. */
    public Trial(long id, String name, Protocol protocol, LocalDate baselineFrom, LocalDate start, LocalDate end,
            LocalDate reintroduceUntil, Outcome outcome, List<String> avoid, List<String> add) {
        this(id, name, protocol, baselineFrom, start, end, reintroduceUntil, outcome, avoid, add, null);
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

    /** The last day the trial covers: the end of its reintroduction, or of the trial phase when it has none. */
    public LocalDate lastDay() {
        return reintroduceUntil != null ? reintroduceUntil : end;
    }

    /**
     * Whether the trial was set up only after its trial phase had ended, so that it was not planned ahead; false
     * while it is unsaved.
     */
    public boolean setUpAfterTheEnd() {
        return setUpOn != null && setUpOn.isAfter(end);
    }

    /** Whether the trial was set up after its trial phase had begun (including after it had ended). */
    public boolean setUpAfterTheStart() {
        return setUpOn != null && setUpOn.isAfter(start);
    }

    /**
     * What the trial is, in one line that the app, the command line, the export and the report all share: "Gluten-free:
     * avoids Gluten; adds Probiotic", with each measure named by {@code nameOf} (its key, where no names are at hand).
     */
    public String describe(Function<String, String> nameOf) {
        Texts texts = Texts.of(Trial.class);
        List<String> parts = new ArrayList<>();
        if (!avoid.isEmpty()) {
            parts.add(texts.format("domain.trial.avoids",
                    texts.list(avoid.stream().map(nameOf).toList())));
        }
        if (!add.isEmpty()) {
            parts.add(texts.format("domain.trial.adds", texts.list(add.stream().map(nameOf).toList())));
        }
        return texts.format("domain.trial.description", protocol.label(), texts.clauses(parts));
    }

    public Trial withId(long newId) {
        return new Trial(newId, name, protocol, baselineFrom, start, end, reintroduceUntil, outcome, avoid, add,
                setUpOn);
    }

    /** This trial with its trial phase ending on {@code day} instead. */
    public Trial endingOn(LocalDate day) {
        return new Trial(id, name, protocol, baselineFrom, start, day, reintroduceUntil, outcome, avoid, add, setUpOn);
    }

    /** This trial as set up on {@code day}. */
    public Trial withSetUpOn(LocalDate day) {
        return new Trial(id, name, protocol, baselineFrom, start, end, reintroduceUntil, outcome, avoid, add, day);
    }
}
