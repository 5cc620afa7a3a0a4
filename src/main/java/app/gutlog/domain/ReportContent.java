package app.gutlog.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the practitioner report holds for a range of days: who it is for (the name may be blank), when it was made,
 * the insights on the symptom burden, each symptom's mean and trend, the section that explains each factor, the
 * days' notes when the person chose to include them (otherwise an empty list), the trials that overlap the range,
 * and the strongest findings across the burden and every symptom.
 */
public record ReportContent(
        String name,
        LocalDate made,
        int daysLogged,
        InsightsReport insights,
        List<SymptomSummary> symptoms,
        List<DayEntry> notes,
        boolean notesIncluded,
        List<TrialResult> trials,
        List<Finding> findings) {

    /** One finding: a factor's effect on an outcome ("symptom burden" or a symptom's name), with its sentence. */
    public record Finding(String outcome, Measure factor, Insights.Effect effect, String sentence) {}

    public ReportContent(String name, LocalDate made, int daysLogged, InsightsReport insights,
            List<SymptomSummary> symptoms, List<DayEntry> notes, boolean notesIncluded, List<TrialResult> trials) {
        this(name, made, daysLogged, insights, symptoms, notes, notesIncluded, trials, List.of());
    }

    public ReportContent {
        findings = List.copyOf(findings);
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
