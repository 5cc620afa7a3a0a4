package app.gutlog.ui.insights;

import app.gutlog.domain.Insights.CoOccurrence;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights.Estimate;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.PlainWords;
import app.gutlog.domain.PValueFormat;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.LagLine;
import app.gutlog.ui.shared.KeyBindings;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words of the Insights page: the factor cards, the dose summary, the range summary and the empty states. */
final class InsightsTexts {

    static final String[] LAG_NAMES = {"Same day", "Next day", "2 days later"};

    private InsightsTexts() {}

    /** One card per factor, in the order of its strongest evidence (the effect table is sorted by it). */
    static List<FactorCard> cardsOf(InsightsReport report, String outcomeName) {
        Map<String, Factor> byKey = new LinkedHashMap<>();
        for (Effect effect : report.insights().effects()) {
            report.factor(effect.factorKey()).ifPresent(factor -> byKey.putIfAbsent(effect.factorKey(), factor));
        }
        return byKey.values().stream().map(factor -> card(report, factor, outcomeName)).toList();
    }

    private static FactorCard card(InsightsReport report, Factor factor, String outcomeName) {
        Measure measure = factor.measure();
        List<Effect> effects = report.effectsOf(measure.key());
        List<LagLine> lines = report.effectsOf(measure.key()).stream()
                .sorted(Comparator.comparingInt(Effect::lag))
                .map(InsightsTexts::lagLine)
                .toList();
        String frequency = factor.loggedDays() == 0
                ? "Not logged in this range."
                : String.format(Locale.ROOT, "Exposed on %d of the %d days it was logged.", factor.exposedDays(),
                        factor.loggedDays());
        // The table is sorted by the deciding evidence, so a factor's first effect is its strongest lag.
        String headline = effects.isEmpty() ? "" : PlainWords.sentence(effects.getFirst(), measure, outcomeName);
        String together = effects.isEmpty() ? "" : together(report, measure, effects.getFirst().cooccursWith());
        return new FactorCard(factor, measure.name() + " · " + measure.kind().label().toLowerCase(Locale.ROOT),
                "Exposure: " + exposureRule(measure), frequency, lines, headline, together);
    }

    /** "Added sugar was on 82 % of your alcohol days; the data cannot tell them apart well." for each such habit. */
    static String together(InsightsReport report, Measure measure, List<CoOccurrence> cooccurring) {
        StringBuilder text = new StringBuilder();
        for (CoOccurrence other : cooccurring) {
            String name = report.factor(other.factorKey()).map(f -> f.measure().name()).orElse(other.factorKey());
            text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT,
                    "%s was on %.0f %% of your %s days; the data cannot tell them apart well.", name,
                    100 * other.share(), measure.name().toLowerCase(Locale.ROOT)));
        }
        return text.toString();
    }

    /** "sleep under 7 hours": the rule alone, without the measure's name that the card's title already gives. */
    static String exposureRule(Measure measure) {
        String text = measure.exposureText();
        String prefix = measure.name() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static LagLine lagLine(Effect effect) {
        String name = LAG_NAMES[effect.lag()];
        if (!effect.enoughData()) {
            return new LagLine(effect.lag(), name, "Not enough data yet", String.format(Locale.ROOT,
                    "%d exposed and %d unexposed days; %d of each needed", effect.nExposed(), effect.nUnexposed(),
                    Insights.MIN_GROUP_DAYS), false, false);
        }
        Estimate deciding = effect.deciding();
        String difference = String.format(Locale.ROOT, "%s (95%% CI %s to %s)", signed(deciding.difference()),
                signed(deciding.ciLow()), signed(deciding.ciHigh()));
        String detail = String.format(Locale.ROOT, "%d exposed vs %d unexposed days · p %s · q %s", effect.nExposed(),
                effect.nUnexposed(), probability(deciding.p()), probability(effect.q()));
        if (effect.decidedByAdjusted()) {
            detail += String.format(Locale.ROOT, " · adjusted for the other habits; raw difference %s (95%% CI %s to"
                    + " %s), p %s", signed(effect.difference()), signed(effect.ciLow()), signed(effect.ciHigh()),
                    probability(effect.p()));
        }
        return new LagLine(effect.lag(), name, difference, detail, true, isNotable(effect));
    }

    /** Shown as worth a look: the q-value is under 0.05. */
    static boolean isNotable(Effect effect) {
        return effect.flagged();
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    static String probability(double value) {
        return PValueFormat.format(value);
    }

    /** Spearman's rho for the factor and lag, in words; empty without a factor, and a note for yes/no factors. */
    static String doseSummary(InsightsReport report, Factor factor, int lag) {
        if (report == null || factor == null) {
            return "";
        }
        Optional<DoseResponse> dose = report.doseResponse(factor.measure().key(), lag);
        if (dose.isEmpty()) {
            return factor.measure().name() + " is logged as yes or no, so it has no dose to compare.";
        }
        DoseResponse d = dose.get();
        if (!d.enoughData()) {
            return String.format(Locale.ROOT, "Not enough data yet: %d days with both logged (%d needed, and the"
                    + " amounts must vary).", d.n(), Insights.MIN_DOSE_PAIRS);
        }
        return String.format(Locale.ROOT, "Spearman's rho %+.2f · p %s · q %s · %d days. %s", d.rho(),
                probability(d.p()), probability(d.q()), d.n(), InsightsViewModel.CAVEAT);
    }

    /** "2026-04-02 to 2026-06-30: 85 of 90 days have bloating rated." */
    static String summary(InsightsReport report, String ratedWhat) {
        return String.format(Locale.ROOT, "%s to %s: %d of %d days have %s.", report.first(), report.last(),
                report.outcomeByDay().loggedDays(), report.daysInRange(), ratedWhat);
    }

    /** What to do next when there is nothing to show; empty when there is. */
    static String emptyState(boolean noDays, long withOutcome, String outcomeName) {
        if (noDays) {
            return "Your journal has no days yet. Log your symptoms and habits each day in the Journal ("
                    + KeyBindings.text(KeyBindings.page(2)) + "); after a few weeks this page shows which habits go"
                    + " with your worse days. To see it now, use \"Try with demo data\" on the Home page.";
        }
        if (withOutcome == 0) {
            return "No day in this range has " + outcomeName.toLowerCase(Locale.ROOT)
                    + " rated. Choose a longer range, or another outcome.";
        }
        return "";
    }
}
