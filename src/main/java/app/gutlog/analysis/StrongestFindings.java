package app.gutlog.analysis;

import app.gutlog.domain.Insights;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.PlainWords;
import app.gutlog.domain.ReportContent.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The strongest findings across several outcomes (the burden and every symptom), with the false-discovery correction
 * made again across everything that was tested for all of them, so that looking at more outcomes never makes a
 * finding easier to reach.
 */
public final class StrongestFindings {

    private StrongestFindings() {}

    /**
     * The effects with a q-value under {@link Insights#FLAG_Q} across every report (each report one outcome, named by
     * the matching entry of {@code outcomeNames}), strongest first, at most {@code limit}, each with its plain sentence.
     */
    public static List<Finding> across(List<InsightsReport> reports, List<String> outcomeNames, int limit) {
        List<Effect> all = new ArrayList<>();
        List<Integer> outcomeOf = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            for (Effect effect : reports.get(r).insights().effects()) {
                all.add(effect);
                outcomeOf.add(r);
            }
        }
        // Each effect's deciding p-value, NaN where its q is (not tested, or not told apart from another factor).
        double[] p = all.stream().mapToDouble(e -> Double.isNaN(e.q()) ? Double.NaN : e.deciding().p()).toArray();
        double[] q = Statistics.benjaminiHochberg(p);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Effect effect = all.get(i);
            if (effect.enoughData() && q[i] < Insights.FLAG_Q) {
                Effect pooled = effect.with(q[i], effect.rawQ(), effect.adjusted().available()
                        ? effect.adjusted().withQ(q[i]) : effect.adjusted(), effect.cooccursWith());
                InsightsReport report = reports.get(outcomeOf.get(i));
                Measure factor = report.factor(effect.factorKey()).orElseThrow().measure();
                String outcome = outcomeNames.get(outcomeOf.get(i));
                findings.add(new Finding(outcome, factor, pooled, PlainWords.sentence(pooled, factor, outcome)));
            }
        }
        findings.sort(Comparator.comparing(Finding::effect, EffectTable.STRENGTH_OF_EVIDENCE));
        return findings.subList(0, Math.min(limit, findings.size()));
    }
}
