package app.gutlog.analysis;

import app.gutlog.domain.DayEntry;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Journals shaped like real lives, for testing the insights: symptoms that drift from day to day (an AR(1) day effect)
 * and flare for days at a time, a seasonal swing; habits that come in runs (alcohol, NSAIDs), courses (antibiotics)
 * and seasons or phases (vitamin D in winter, supplements for weeks at a time); added sugar that mostly comes with
 * alcohol; holidays and skipped days with nothing logged; and days on which only some symptoms were rated.
 *
 * <p>With {@link Shape#INDEPENDENT} the same habits and symptoms are drawn independently day by day, at the same
 * rates and spread, with no runs, seasons, flares or co-occurrence: the world that the earlier method assumed.
 */
final class RealisticJournal {

    enum Shape { REALISTIC, INDEPENDENT }

    /** A planted effect: {@code factor} raises bloating by {@code points} {@code lag} days later. */
    record Planted(String factor, int lag, double points) {}

    static final String OUTCOME = "bloating";
    static final List<String> SYMPTOMS = List.of("bloating", "gas", "abdominal_pain", "fatigue", "brain_fog",
            "low_mood");
    /** Logged every day with no effect on anything, and exposed on most of the days alcohol is. */
    static final String COMES_WITH_ALCOHOL = "sugar";

    private static final double BASE = 3.5;
    private static final double DAY_EFFECT_RHO = 0.7;
    private static final double DAY_EFFECT_SD = 0.6;
    private static final double OWN_NOISE_SD = 1.2;
    private static final double FLARE_START = 1.0 / 45;
    private static final double FLARE_POINTS = 2.5;
    private static final double SEASON_POINTS = 0.5;
    private static final double SKIPPED_DAY = 0.05;
    private static final double PARTLY_RATED_DAY = 0.2;
    private static final double FORGOTTEN_FACTOR = 0.04;

    private final SplittableRandom random;
    private final Shape shape;

    private RealisticJournal(long seed, Shape shape) {
        this.random = new SplittableRandom(seed);
        this.shape = shape;
    }

    static List<DayEntry> generate(LocalDate last, int days, long seed, Shape shape, List<Planted> planted) {
        return new RealisticJournal(seed, shape).days(last, days, planted);
    }

    private List<DayEntry> days(LocalDate last, int count, List<Planted> planted) {
        LocalDate first = last.minusDays(count - 1L);
        Map<String, double[]> factors = factors(first, count);
        boolean[] holiday = holidays(count);
        double[] dayEffect = dayEffect(count);
        List<DayEntry> journal = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            if (holiday[t] || random.nextDouble() < SKIPPED_DAY) {
                continue;
            }
            LocalDate date = first.plusDays(t);
            Map<String, Double> values = new HashMap<>();
            for (Map.Entry<String, double[]> factor : factors.entrySet()) {
                if (random.nextDouble() >= FORGOTTEN_FACTOR) {
                    values.put(factor.getKey(), factor.getValue()[t]);
                }
            }
            boolean partly = random.nextDouble() < PARTLY_RATED_DAY;
            for (String symptom : SYMPTOMS) {
                if (partly && random.nextDouble() < 0.5) {
                    continue;
                }
                double rating = BASE + dayEffect[t] + season(date) + random.nextGaussian() * OWN_NOISE_SD;
                if (symptom.equals(OUTCOME)) {
                    for (Planted effect : planted) {
                        int cause = t - effect.lag();
                        if (cause >= 0 && factors.get(effect.factor())[cause] > 0) {
                            rating += effect.points();
                        }
                    }
                }
                values.put(symptom, (double) Math.max(0, Math.min(10, Math.round(rating))));
            }
            journal.add(new DayEntry(date, values, null));
        }
        return journal;
    }

    /** Worse in winter by up to {@value #SEASON_POINTS} points (none for independent days). */
    private double season(LocalDate date) {
        return shape == Shape.REALISTIC
                ? SEASON_POINTS * Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.25) : 0;
    }

    /** A drift shared by all symptoms (AR(1)) plus flares of 3 to 8 days; independent noise of the same spread. */
    private double[] dayEffect(int count) {
        double[] effect = new double[count];
        double marginalSd = DAY_EFFECT_SD / Math.sqrt(1 - DAY_EFFECT_RHO * DAY_EFFECT_RHO);
        if (shape == Shape.INDEPENDENT) {
            for (int t = 0; t < count; t++) {
                effect[t] = random.nextGaussian() * marginalSd;
            }
            return effect;
        }
        double drift = random.nextGaussian() * marginalSd;
        int flareLeft = 0;
        for (int t = 0; t < count; t++) {
            drift = DAY_EFFECT_RHO * drift + random.nextGaussian() * DAY_EFFECT_SD;
            if (flareLeft == 0 && random.nextDouble() < FLARE_START) {
                flareLeft = 3 + random.nextInt(6);
            }
            effect[t] = drift + (flareLeft > 0 ? FLARE_POINTS : 0);
            flareLeft = Math.max(0, flareLeft - 1);
        }
        return effect;
    }

    /** One or two holidays a year of 7 to 14 days with nothing logged (none for independent days). */
    private boolean[] holidays(int count) {
        boolean[] away = new boolean[count];
        if (shape == Shape.INDEPENDENT) {
            return away;
        }
        int trips = Math.max(1, count / 365) * (1 + random.nextInt(2));
        for (int trip = 0; trip < trips; trip++) {
            int start = random.nextInt(count);
            int length = 7 + random.nextInt(8);
            for (int t = start; t < Math.min(count, start + length); t++) {
                away[t] = true;
            }
        }
        return away;
    }

    private Map<String, double[]> factors(LocalDate first, int count) {
        Map<String, double[]> factors = new HashMap<>();
        double[] alcohol = new double[count];
        boolean drankYesterday = false;
        for (int t = 0; t < count; t++) {
            boolean weekend = first.plusDays(t).getDayOfWeek().getValue() >= 5;
            double chance = shape == Shape.INDEPENDENT ? 0.3 : (weekend ? 0.45 : 0.15) + (drankYesterday ? 0.25 : 0);
            drankYesterday = random.nextDouble() < chance;
            alcohol[t] = drankYesterday ? 1 + random.nextInt(4) : 0;
        }
        factors.put("alcohol", alcohol);
        double[] sugar = new double[count];
        for (int t = 0; t < count; t++) {
            double chance = shape == Shape.INDEPENDENT ? 0.35 : alcohol[t] > 0 ? 0.85 : 0.15;
            sugar[t] = random.nextDouble() < chance ? 1 + random.nextInt(3) : 0;
        }
        factors.put(COMES_WITH_ALCOHOL, sugar);
        factors.put("processed_food", runs(count, 0.3, 0.6, 2));
        factors.put("sweeteners", runs(count, 0.15, 0.7, 2));
        factors.put("gluten", runs(count, 0.5, 0.8, 3));
        factors.put("dairy", runs(count, 0.5, 0.8, 3));
        factors.put("nsaid", runs(count, 0.1, 0.6, 2));
        factors.put("hard_training", runs(count, 0.2, 0.5, 60));
        factors.put("fermented_food", runs(count, 0.3, 0.7, 1));
        factors.put("bone_broth", runs(count, 0.15, 0.8, 1));
        factors.put("vegetables", runs(count, 0.7, 0.8, 3));
        factors.put("moderate_exercise", runs(count, 0.5, 0.6, 30));
        factors.put("relaxation", runs(count, 0.3, 0.8, 10));
        factors.put("antibiotic", courses(count));
        factors.put("probiotic", phases(count));
        factors.put("glutamine", phases(count));
        factors.put("zinc", phases(count));
        factors.put("vitamin_d", winters(first, count));
        double[] stress = drifting(count, 4, 2.2, 0, 10, 1);
        factors.put("stress", stress);
        double[] sleep = drifting(count, 7.2, 0.9, 3, 11, 0.25);
        factors.put("sleep_hours", sleep);
        double[] quality = new double[count];
        for (int t = 0; t < count; t++) {
            quality[t] = Math.max(1, Math.min(5, Math.round(sleep[t] - 4 + random.nextGaussian() * 0.7)));
        }
        factors.put("sleep_quality", quality);
        return factors;
    }

    /**
     * On and off in runs: a day is "on" with chance {@code share} in the long run, and an "on" day is followed by
     * another with chance {@code stay}; independent days keep the share and drop the runs.
     */
    private double[] runs(int count, double share, double stay, double amount) {
        double start = shape == Shape.INDEPENDENT ? share : share * (1 - stay) / (1 - share);
        double[] values = new double[count];
        boolean on = random.nextDouble() < share;
        for (int t = 0; t < count; t++) {
            on = random.nextDouble() < (on && shape == Shape.REALISTIC ? stay : start);
            values[t] = on ? amount : 0;
        }
        return values;
    }

    /** Seven-day courses, about three a year. */
    private double[] courses(int count) {
        double[] values = new double[count];
        for (int t = 0; t < count; t++) {
            if (shape == Shape.INDEPENDENT) {
                values[t] = random.nextDouble() < 0.06 ? 2 : 0;
            } else if (random.nextDouble() < 1.0 / 120) {
                for (int day = t; day < Math.min(count, t + 7); day++) {
                    values[day] = 2;
                }
                t += 6;
            }
        }
        return values;
    }

    /** Weeks or months on, then weeks or months off. */
    private double[] phases(int count) {
        double[] values = new double[count];
        boolean on = random.nextBoolean();
        int t = 0;
        while (t < count) {
            int length = 20 + random.nextInt(80);
            for (int day = t; day < Math.min(count, t + length); day++) {
                values[day] = shape == Shape.INDEPENDENT ? (random.nextBoolean() ? 1 : 0) : on ? 1 : 0;
            }
            on = !on;
            t += length;
        }
        return values;
    }

    /** Taken from October to March, on most days. */
    private double[] winters(LocalDate first, int count) {
        double[] values = new double[count];
        for (int t = 0; t < count; t++) {
            Month month = first.plusDays(t).getMonth();
            boolean winter = month.getValue() >= Month.OCTOBER.getValue() || month.getValue() <= Month.MARCH.getValue();
            double chance = shape == Shape.INDEPENDENT ? 0.45 : winter ? 0.9 : 0;
            values[t] = random.nextDouble() < chance ? 1 : 0;
        }
        return values;
    }

    /** A level that drifts from day to day (AR(1), rho 0.6) around {@code mean}, rounded to {@code step}. */
    private double[] drifting(int count, double mean, double sd, double min, double max, double step) {
        double rho = shape == Shape.REALISTIC ? 0.6 : 0;
        double innovation = sd * Math.sqrt(1 - rho * rho);
        double[] values = new double[count];
        double level = random.nextGaussian() * sd;
        for (int t = 0; t < count; t++) {
            level = rho * level + random.nextGaussian() * innovation;
            values[t] = Math.max(min, Math.min(max, Math.round((mean + level) / step) * step));
        }
        return values;
    }
}
