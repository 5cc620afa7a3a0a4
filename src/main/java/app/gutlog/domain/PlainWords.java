package app.gutlog.domain;

import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights.Estimate;
import app.gutlog.text.Texts;
import java.util.Locale;

/**
 * One sentence that anyone can read for an effect, built from the same numbers as the table: the deciding difference
 * (adjusted where it could be), the days it rests on, and what the evidence allows one to say.
 */
public final class PlainWords {

    /** How strong the evidence behind an effect is, from "not enough days" to "unlikely to be chance". */
    public enum Evidence {
        /** Too few days in one of the groups (or in the range) to say anything. */
        NOT_ENOUGH_DAYS,
        /** The outcome was the same on every compared day. */
        NO_CHANGE,
        /** The factor always came with another habit, or with itself on the days around, so it cannot be told apart. */
        CANNOT_TELL_APART,
        /** The difference could well be chance: p of 0.05 or more. */
        NONE,
        /** p under 0.05, but not after allowing for everything else that was tested (q of 0.05 or more). */
        HINT,
        /** q under 0.05: unlikely to be chance. */
        STRONG
    }

    private PlainWords() {}

    public static Evidence evidence(Effect effect) {
        if (!effect.enoughData()) {
            return Evidence.NOT_ENOUGH_DAYS;
        }
        if (effect.noChangeSeen()) {
            return Evidence.NO_CHANGE;
        }
        Estimate deciding = effect.deciding();
        if (Double.isNaN(effect.q()) || Double.isNaN(deciding.p())) {
            return Evidence.CANNOT_TELL_APART;
        }
        if (effect.flagged()) {
            return Evidence.STRONG;
        }
        return deciding.p() < 0.05 ? Evidence.HINT : Evidence.NONE;
    }

    /**
     * The sentence for {@code effect} of {@code factor} on the outcome called {@code outcomeName} (such as "bloating"
     * or "symptom burden"), for instance "On days after alcohol (any amount), your bloating was on average 2.7 points
     * higher (0–10 scale), over 31 such days. That is unlikely to be chance."
     */
    public static String sentence(Effect effect, Measure factor, String outcomeName) {
        Texts texts = texts();
        String outcome = texts.format("domain.plain.outcome", outcomeName.toLowerCase(Locale.ROOT));
        String when = when(texts, effect.lag(), exposure(factor));
        Estimate deciding = effect.deciding();
        String points = oneDecimal(Math.abs(deciding.difference()));
        String direction = direction(texts, deciding.difference());
        String exposedDays = Integer.toString(effect.nExposed());
        return switch (evidence(effect)) {
            case NOT_ENOUGH_DAYS -> texts.format("domain.plain.notEnoughDays", exposedDays, effect.nExposed(),
                    exposure(factor), Integer.toString(effect.nUnexposed()), Integer.toString(Insights.MIN_GROUP_DAYS),
                    Integer.toString(Insights.MIN_RANGE_DAYS));
            case NO_CHANGE -> texts.format("domain.plain.noChange", outcome,
                    Integer.toString(effect.nExposed() + effect.nUnexposed()), exposure(factor));
            case CANNOT_TELL_APART -> texts.format("domain.plain.cannotTellApart", capitalise(when), outcome,
                    oneDecimal(Math.abs(effect.difference())), direction(texts, effect.difference()), exposedDays,
                    exposure(factor));
            case NONE -> texts.format("domain.plain.none", capitalise(when), outcome, points, direction, exposedDays);
            case HINT -> texts.format("domain.plain.hint", outcome, points, direction, when.toLowerCase(Locale.ROOT),
                    exposedDays);
            case STRONG -> texts.format("domain.plain.strong", capitalise(when), outcome, points, direction,
                    exposedDays);
        };
    }

    private static Texts texts() {
        return Texts.of(PlainWords.class);
    }

    private static String when(Texts texts, int lag, String exposure) {
        return switch (lag) {
            case 0 -> texts.format("domain.plain.when.sameDay", exposure);
            case 1 -> texts.format("domain.plain.when.nextDay", exposure);
            default -> texts.format("domain.plain.when.twoDaysLater", exposure);
        };
    }

    private static String direction(Texts texts, double difference) {
        return difference >= 0 ? texts.get("domain.plain.higher") : texts.get("domain.plain.lower");
    }

    /** "2.7": a difference in points, written as the table writes it. */
    private static String oneDecimal(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }

    /** "alcohol (any amount)", "sleep (under 7 hours)", "gut infection". */
    static String exposure(Measure factor) {
        String name = factor.name().toLowerCase(Locale.ROOT);
        if (factor.scale() == Scale.YES_NO || factor.exposure() == null) {
            return name;
        }
        return texts().format("domain.plain.exposure", name,
                factor.exposure().condition(factor.scale(), factor.unit()));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
