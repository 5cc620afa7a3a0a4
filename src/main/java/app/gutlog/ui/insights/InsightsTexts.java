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
import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.LagLine;
import app.gutlog.ui.shared.KeyBindings;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the Insights page that are put together from a report: the factor cards, the dose summary, the range
 * summary and the empty states. The words themselves are in the page's texts.properties.
 */
final class InsightsTexts {

    private InsightsTexts() {}

    private static Texts texts() {
        return Texts.of(InsightsTexts.class);
    }

    /** "Same day", "Next day" or "2 days later". */
    static String lagName(int lag) {
        return switch (lag) {
            case 0 -> texts().get("insights.lag.sameDay");
            case 1 -> texts().get("insights.lag.nextDay");
            case 2 -> texts().get("insights.lag.twoDaysLater");
            default -> throw new IllegalArgumentException("No name for the lag " + lag);
        };
    }

    /** The caveat said wherever an effect is shown. */
    static String caveat() {
        return texts().get("insights.caveat");
    }

    /** One card per factor, in the order of its strongest evidence (the effect table is sorted by it). */
    static List<FactorCard> cardsOf(InsightsReport report, String outcomeName) {
        Map<String, Factor> byKey = new LinkedHashMap<>();
        for (Effect effect : report.insights().effects()) {
            report.factor(effect.factorKey()).ifPresent(factor -> byKey.putIfAbsent(effect.factorKey(), factor));
        }
        return byKey.values().stream().map(factor -> card(report, factor, outcomeName)).toList();
    }

    private static FactorCard card(InsightsReport report, Factor factor, String outcomeName) {
        Texts texts = texts();
        Measure measure = factor.measure();
        List<Effect> effects = report.effectsOf(measure.key());
        List<LagLine> lines = report.effectsOf(measure.key()).stream()
                .sorted(Comparator.comparingInt(Effect::lag))
                .map(InsightsTexts::lagLine)
                .toList();
        String frequency = factor.loggedDays() == 0
                ? texts.get("insights.card.notLogged")
                : texts.format("insights.card.exposed", factor.exposedDays(), factor.loggedDays());
        // The table is sorted by the deciding evidence, so a factor's first effect is its strongest lag.
        String headline = effects.isEmpty() ? "" : PlainWords.sentence(effects.getFirst(), measure, outcomeName);
        String together = effects.isEmpty() ? "" : together(report, measure, effects.getFirst().cooccursWith());
        return new FactorCard(factor,
                texts.format("insights.card.title", measure.name(), measure.kind().label().toLowerCase(Locale.ROOT)),
                texts.format("insights.card.exposure", measure.exposureCondition()), frequency, lines, headline, together);
    }

    /** "Added sugar was on 82 % of your alcohol days; the data cannot tell them apart well." for each such habit. */
    static String together(InsightsReport report, Measure measure, List<CoOccurrence> cooccurring) {
        Texts texts = texts();
        StringBuilder text = new StringBuilder();
        for (CoOccurrence other : cooccurring) {
            String name = report.factor(other.factorKey()).map(f -> f.measure().name()).orElse(other.factorKey());
            text.append(text.isEmpty() ? "" : " ").append(texts.format("insights.card.together", name,
                    String.format(Locale.ROOT, "%.0f", 100 * other.share()), measure.name().toLowerCase(Locale.ROOT)));
        }
        return text.toString();
    }

    static LagLine lagLine(Effect effect) {
        Texts texts = texts();
        String name = lagName(effect.lag());
        if (!effect.enoughData()) {
            return new LagLine(effect.lag(), name, texts.get("insights.lag.notEnoughData"),
                    texts.format("insights.lag.tooFewDays", effect.nExposed(), effect.nUnexposed(),
                            Insights.MIN_GROUP_DAYS), false, false);
        }
        Estimate deciding = effect.deciding();
        String difference = texts.format("insights.lag.effect", signed(deciding.difference()),
                signed(deciding.ciLow()), signed(deciding.ciHigh()));
        String detail = effect.decidedByAdjusted()
                ? texts.format("insights.lag.detail.adjusted", effect.nExposed(), effect.nUnexposed(),
                        probability(deciding.p()), probability(effect.q()), signed(effect.difference()),
                        signed(effect.ciLow()), signed(effect.ciHigh()), probability(effect.p()))
                : texts.format("insights.lag.detail", effect.nExposed(), effect.nUnexposed(),
                        probability(deciding.p()), probability(effect.q()));
        return new LagLine(effect.lag(), name, difference, detail, true, isNotable(effect));
    }

    /** Shown as worth a look: the q-value is under 0.05. */
    static boolean isNotable(Effect effect) {
        return effect.flagged();
    }

    /** A difference with its sign and two decimals, such as "+0.80". */
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
        Texts texts = texts();
        Optional<DoseResponse> dose = report.doseResponse(factor.measure().key(), lag);
        if (dose.isEmpty()) {
            return texts.format("insights.dose.yesOrNo", factor.measure().name());
        }
        DoseResponse d = dose.get();
        if (!d.enoughData()) {
            return texts.format("insights.dose.notEnoughData", d.n(), Insights.MIN_DOSE_PAIRS);
        }
        return texts.format("insights.dose.spearman", signed(d.rho()), probability(d.p()), probability(d.q()), d.n(),
                caveat());
    }

    /**
     * "2026-04-02 to 2026-06-30: 85 of 90 days have bloating rated.", or "... have a symptom rated." for the burden
     * ({@code symptomName} null).
     */
    static String summary(InsightsReport report, String symptomName) {
        return symptomName == null
                ? texts().format("insights.summary.burden", report.first(), report.last(),
                        report.outcomeByDay().loggedDays(), report.daysInRange())
                : texts().format("insights.summary.symptom", report.first(), report.last(),
                        report.outcomeByDay().loggedDays(), report.daysInRange(),
                        symptomName.toLowerCase(Locale.ROOT));
    }

    /** What to do next when there is nothing to show; empty when there is. */
    static String emptyState(boolean noDays, long withOutcome, String outcomeName) {
        if (noDays) {
            return texts().format("insights.empty.journal", KeyBindings.text(KeyBindings.page(2)));
        }
        if (withOutcome == 0) {
            return texts().format("insights.empty.outcome", outcomeName.toLowerCase(Locale.ROOT));
        }
        return "";
    }
}
