package app.gutlog.ui.insights;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.ui.insights.InsightsViewModel.DosePoint;
import app.gutlog.ui.insights.InsightsViewModel.ForestRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the effect and dose charts draw, taken from a report for one factor and lag. */
final class ChartData {

    private ChartData() {}

    /** The effect chart's rows at {@code lag}: every factor with enough data, strongest evidence first. */
    static List<ForestRow> forestRows(InsightsReport report, int lag) {
        if (report == null) {
            return List.of();
        }
        return report.insights().effects().stream()
                .filter(effect -> effect.lag() == lag && effect.enoughData())
                .map(effect -> new ForestRow(report.factor(effect.factorKey()).orElseThrow().measure().name(),
                        effect.difference(), effect.ciLow(), effect.ciHigh(), InsightsTexts.isNotable(effect)))
                .toList();
    }

    /** The factor's amount against the outcome {@code lag} days later, one point per distinct pair. */
    static List<DosePoint> dosePoints(InsightsReport report, Factor factor, int lag) {
        if (report == null || factor == null) {
            return List.of();
        }
        DailySeries amounts = factor.amounts();
        DailySeries outcomes = report.outcomeByDay();
        Map<List<Double>, Integer> counts = new LinkedHashMap<>();
        for (int day = lag; day < outcomes.size(); day++) {
            if (outcomes.isLogged(day) && amounts.isLogged(day - lag)) {
                counts.merge(List.of(amounts.value(day - lag), outcomes.value(day)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new DosePoint(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .toList();
    }
}
