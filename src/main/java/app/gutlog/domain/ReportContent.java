package app.gutlog.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the practitioner report holds for a range of days: who it is for (the name may be blank), when it was made,
 * the insights on the symptom burden, each symptom's mean and trend, the section that explains each factor, the
 * days' notes when the person chose to include them (otherwise an empty list), and the trials that overlap the range.
 */
public record ReportContent(
        String name,
        LocalDate made,
        int daysLogged,
        InsightsReport insights,
        List<SymptomSummary> symptoms,
        List<DayEntry> notes,
        boolean notesIncluded,
        List<TrialResult> trials) {

    public ReportContent {
        name = name == null ? "" : name.strip();
        symptoms = List.copyOf(symptoms);
        notes = List.copyOf(notes);
        trials = List.copyOf(trials);
    }

    public LocalDate first() {
        return insights.first();
    }

    public LocalDate last() {
        return insights.last();
    }

    /** The days of the range on which a red-flag sign was logged, each with its notices, in date order. */
    public List<RedFlagDay> redFlagDays() {
        return insights.redFlagDays();
    }
}
