package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A ready-made choice of what to track in the daily check-in. Presets combine: the check-in takes every measure that
 * any chosen preset takes, in the day form's order. Archived measures and free text are never in a preset (the note
 * always closes the check-in), and nor are the red-flag symptoms, except in {@link #EVERYTHING}: they stay on the
 * full form, which the check-in always links to.
 */
public enum CheckInPreset {
    GUT_AND_DIET(measure -> isGutSymptom(measure) || measure.group() == MeasureGroup.STOOL
            || measure.group() == MeasureGroup.DIET && measure.kind() != MeasureKind.SUPPORT),
    SLEEP_AND_STRESS(measure -> measure.group() == MeasureGroup.SLEEP || measure.group() == MeasureGroup.STRESS),
    MEDICATIONS(measure -> measure.group() == MeasureGroup.ALCOHOL_AND_MEDICATIONS),
    EVERYTHING(measure -> true);

    private static final Set<String> GUT_SYMPTOMS = Set.of(
            "bloating", "gas", "abdominal_pain", "diarrhea", "constipation", "heartburn", "food_reaction");

    private final Predicate<Measure> takes;

    CheckInPreset(Predicate<Measure> takes) {
        this.takes = takes;
    }

    public String title() {
        Texts texts = Texts.of(CheckInPreset.class);
        return switch (this) {
            case GUT_AND_DIET -> texts.get("domain.checkIn.gutAndDiet.title");
            case SLEEP_AND_STRESS -> texts.get("domain.checkIn.sleepAndStress.title");
            case MEDICATIONS -> texts.get("domain.checkIn.medications.title");
            case EVERYTHING -> texts.get("domain.checkIn.everything.title");
        };
    }

    /** What the preset tracks, in a line. */
    public String contents() {
        Texts texts = Texts.of(CheckInPreset.class);
        return switch (this) {
            case GUT_AND_DIET -> texts.get("domain.checkIn.gutAndDiet.contents");
            case SLEEP_AND_STRESS -> texts.get("domain.checkIn.sleepAndStress.contents");
            case MEDICATIONS -> texts.get("domain.checkIn.medications.contents");
            case EVERYTHING -> texts.get("domain.checkIn.everything.contents");
        };
    }

    /** The keys of the measures that the given presets take together, in the order of {@code catalogue}. */
    public static List<String> keys(Set<CheckInPreset> presets, List<Measure> catalogue) {
        return catalogue.stream()
                .filter(CheckInPreset::canBeCheckedIn)
                .filter(measure -> presets.stream().anyMatch(preset -> preset.takes(measure)))
                .map(Measure::key)
                .toList();
    }

    private boolean takes(Measure measure) {
        return this == EVERYTHING || !measure.redFlag() && takes.test(measure);
    }

    /** Whether a measure can be in the check-in at all: every active one but free text. */
    public static boolean canBeCheckedIn(Measure measure) {
        return !measure.archived() && measure.scale() != Scale.TEXT;
    }

    /** A built-in gut symptom, or any symptom the person added (which the catalogue cannot place). */
    private static boolean isGutSymptom(Measure measure) {
        return measure.isRatedSymptom() && (GUT_SYMPTOMS.contains(measure.key()) || !measure.builtIn());
    }
}
