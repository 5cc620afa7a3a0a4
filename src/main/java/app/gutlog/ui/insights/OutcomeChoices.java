package app.gutlog.ui.insights;

import app.gutlog.app.AppServices;
import app.gutlog.app.DayService;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.OutcomeChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcomes the Insights page offers: the symptom burden, then the symptoms rated on some day of the journal, then
 * those never rated, marked as such, so that the list does not offer an empty chart without saying so.
 */
final class OutcomeChoices {

    private OutcomeChoices() {}

    /** Reads the active symptoms and which of them were ever rated; blocking, for a background task. */
    static List<OutcomeChoice> read(AppServices services) {
        List<Measure> symptoms = services.catalog().activeMeasures().stream()
                .filter(Measure::isRatedSymptom)
                .toList();
        return of(symptoms, ratedSymptoms(services.days(), symptoms));
    }

    static List<OutcomeChoice> of(List<Measure> symptoms, Set<String> rated) {
        Texts texts = Texts.of(OutcomeChoices.class);
        List<OutcomeChoice> choices = new ArrayList<>();
        choices.add(new OutcomeChoice(Outcome.BURDEN, texts.get("insights.outcome.burden"), true));
        symptoms.stream()
                .map(symptom -> new OutcomeChoice(new Outcome.Symptom(symptom.key()), symptom.name(),
                        rated.contains(symptom.key())))
                .sorted(Comparator.comparing(choice -> !choice.rated()))
                .forEach(choices::add);
        return choices;
    }

    /**
     * The keys of the symptoms rated on at least one day, reading the days once from the newest back and stopping as
     * soon as every symptom has been seen.
     */
    private static Set<String> ratedSymptoms(DayService days, List<Measure> symptoms) {
        Set<String> keys = new HashSet<>(symptoms.stream().map(Measure::key).toList());
        Set<String> rated = new HashSet<>();
        JournalSummary summary = days.summary();
        if (summary.isEmpty()) {
            return rated;
        }
        for (LocalDate day = summary.lastDay(); !day.isBefore(summary.firstDay()) && rated.size() < keys.size();
                day = day.minusDays(1)) {
            days.load(day).ifPresent(entry -> entry.values().keySet().stream().filter(keys::contains)
                    .forEach(rated::add));
        }
        return rated;
    }
}
