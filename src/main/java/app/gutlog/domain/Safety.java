package app.gutlog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GutLog's own general guidance, kept apart from the two articles and always marked as GutLog's: the signs that need
 * prompt medical advice ({@code redFlagGuidance} introduces them, {@code advice} is what a notice asks the person to
 * do), and the other guidance (prescribed medicines, supplements, low mood, coeliac testing), each cited.
 */
public record Safety(Guidance redFlagGuidance, List<RedFlag> redFlags, String advice, List<Guidance> guidance,
        List<SafetySource> sources) {

    public Safety {
        redFlags = List.copyOf(redFlags);
        guidance = List.copyOf(guidance);
        sources = List.copyOf(sources);
    }

    /** No guidance at all: for a knowledge file that has no {@code <safety>} element. */
    public static Safety none() {
        return new Safety(null, List.of(), null, List.of(), List.of());
    }

    /** The guidance Learn shows on a section: the red flags first where they apply, then the rest in file order. */
    public List<Guidance> forSection(String sectionId) {
        List<Guidance> shown = new ArrayList<>();
        if (redFlagGuidance != null && redFlagGuidance.sectionIds().contains(sectionId)) {
            shown.add(redFlagGuidance);
        }
        guidance.stream().filter(entry -> entry.sectionIds().contains(sectionId)).forEach(shown::add);
        return shown;
    }

    /** The guidance added to a measure's "why we ask" line, in file order. */
    public List<Guidance> forMeasure(String measureKey) {
        return guidance.stream().filter(entry -> entry.whyMeasureKeys().contains(measureKey)).toList();
    }

    /** The red flag the day form asks about with this measure, if it is one. */
    public Optional<RedFlag> redFlagFor(String measureKey) {
        return redFlags.stream().filter(flag -> measureKey.equals(flag.measureKey())).findFirst();
    }

    public Optional<Guidance> guidance(String id) {
        if (redFlagGuidance != null && redFlagGuidance.id().equals(id)) {
            return Optional.of(redFlagGuidance);
        }
        return guidance.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** Every source, in file order. */
    public Optional<SafetySource> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }
}
