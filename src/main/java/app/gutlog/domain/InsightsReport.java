package app.gutlog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Insights view and {@code gutlog insights} show for one outcome over one range of days: the effect
 * table, each factor's days, the outcome's daily series and trend, and which measures were logged how often; and the
 * days in the range on which a red-flag sign was logged, with their notices (empty where none was, or where the
 * report was made without the knowledge base's texts), for whatever summarises the range, such as the practitioner
 * report.
 */
public record InsightsReport(
        Outcome outcome,
        LocalDate first,
        LocalDate last,
        Insights insights,
        List<Factor> factors,
        DailySeries outcomeByDay,
        DailySeries weeklyMean,
        List<Completeness> completeness,
        List<RedFlagDay> redFlagDays) {

    public InsightsReport {
        factors = List.copyOf(factors);
        completeness = List.copyOf(completeness);
        redFlagDays = List.copyOf(redFlagDays);
    }

    /** A report without red-flag notices, as the analysis makes it before the knowledge base's texts are added. */
    public InsightsReport(Outcome outcome, LocalDate first, LocalDate last, Insights insights, List<Factor> factors,
            DailySeries outcomeByDay, DailySeries weeklyMean, List<Completeness> completeness) {
        this(outcome, first, last, insights, factors, outcomeByDay, weeklyMean, completeness, List.of());
    }

    /**
     * A risk factor or support: how many days it was logged and how many of them were exposed, its amount on each
     * day, and the article section that explains it (null when none does).
     */
    public record Factor(Measure measure, int loggedDays, int exposedDays, DailySeries amounts, Section section) {

        public Factor withSection(Section explaining) {
            return new Factor(measure, loggedDays, exposedDays, amounts, explaining);
        }
    }

    /** On how many days of the range a measure was logged. */
    public record Completeness(Measure measure, int loggedDays) {}

    public int daysInRange() {
        return outcomeByDay.size();
    }

    public Optional<Factor> factor(String key) {
        return factors.stream().filter(factor -> factor.measure().key().equals(key)).findFirst();
    }

    public List<Insights.Effect> effectsOf(String factorKey) {
        return insights.effects().stream().filter(effect -> effect.factorKey().equals(factorKey)).toList();
    }

    public Optional<Insights.DoseResponse> doseResponse(String factorKey, int lag) {
        return insights.doseResponse().stream()
                .filter(dose -> dose.factorKey().equals(factorKey) && dose.lag() == lag)
                .findFirst();
    }
}
