package app.gutlog.domain;

import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights.Estimate;
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
        String outcome = "your " + outcomeName.toLowerCase(Locale.ROOT);
        String when = when(effect.lag()) + " " + exposure(factor);
        Estimate deciding = effect.deciding();
        double points = Math.abs(deciding.difference());
        String direction = deciding.difference() >= 0 ? "higher" : "lower";
        return switch (evidence(effect)) {
            case NOT_ENOUGH_DAYS -> String.format(Locale.ROOT,
                    "Not enough days yet to say: %d %s with %s and %d without; %d of each are needed, in a range of at"
                            + " least %d days.", effect.nExposed(), days(effect.nExposed()), exposure(factor),
                    effect.nUnexposed(), Insights.MIN_GROUP_DAYS, Insights.MIN_RANGE_DAYS);
            case NO_CHANGE -> String.format(Locale.ROOT,
                    "No change seen: %s was the same on all %d days compared, with %s or without.", outcome,
                    effect.nExposed() + effect.nUnexposed(), exposure(factor));
            case CANNOT_TELL_APART -> String.format(Locale.ROOT,
                    "%s, %s was on average %.1f points %s, over %d such days, but %s came with other habits, or"
                            + " with itself on the days around, too often for the data to tell its part apart.",
                    capitalise(when), outcome, Math.abs(effect.difference()),
                    effect.difference() >= 0 ? "higher" : "lower", effect.nExposed(), exposure(factor));
            case NONE -> String.format(Locale.ROOT,
                    "%s, %s was about the same (%.1f points %s, over %d such days); that may well be chance.",
                    capitalise(when), outcome, points, direction, effect.nExposed());
            case HINT -> String.format(Locale.ROOT,
                    "There is a hint that %s was %.1f points %s %s (0–10 scale), over %d such days, but it may well be"
                            + " chance.", outcome, points, direction, when.toLowerCase(Locale.ROOT),
                    effect.nExposed());
            case STRONG -> String.format(Locale.ROOT,
                    "%s, %s was on average %.1f points %s (0–10 scale), over %d such days. That is unlikely to be"
                            + " chance.", capitalise(when), outcome, points, direction, effect.nExposed());
        };
    }

    private static String when(int lag) {
        return switch (lag) {
            case 0 -> "On days with";
            case 1 -> "On days after";
            default -> "Two days after";
        };
    }

    /** "alcohol (any amount)", "sleep (under 7 hours)", "gut infection". */
    static String exposure(Measure factor) {
        String name = factor.name().toLowerCase(Locale.ROOT);
        if (factor.scale() == Scale.YES_NO || factor.exposure() == null) {
            return name;
        }
        String text = factor.exposureText();
        String prefix = factor.name() + ": ";
        return name + " (" + (text.startsWith(prefix) ? text.substring(prefix.length()) : text) + ")";
    }

    private static String days(int count) {
        return count == 1 ? "day" : "days";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
