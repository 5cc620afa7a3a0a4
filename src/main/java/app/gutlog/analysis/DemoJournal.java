package app.gutlog.analysis;

import app.gutlog.domain.DayEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A made-up but realistic journal with known effects planted in it, for trying GutLog and for checking that the
 * insights find what is there and stay quiet about what is not. The same seed always gives the same journal.
 *
 * <p>Planted: alcohol raises the next day's bloating; NSAIDs raise the same day's abdominal pain; a night of under
 * 7 hours' sleep raises that day's fatigue and brain fog; stress of 6 or more raises that day's anxiety. Dairy and
 * zinc, like everything else, are logged with no effect on anything.
 */
public final class DemoJournal {

    /** A planted effect: {@code factor} on one day raises {@code symptom} {@code lag} days later. */
    public record PlantedEffect(String factor, int lag, String symptom) {}

    public static final List<PlantedEffect> PLANTED = List.of(
            new PlantedEffect("alcohol", 1, "bloating"),
            new PlantedEffect("nsaid", 0, "abdominal_pain"),
            new PlantedEffect("sleep_hours", 0, "fatigue"),
            new PlantedEffect("sleep_hours", 0, "brain_fog"),
            new PlantedEffect("stress", 0, "anxiety"));

    /** Factors logged every day that affect nothing. */
    public static final List<String> NO_EFFECT = List.of("dairy", "zinc");

    /** A hundred years: more than anyone will ask for, few enough to generate in seconds. */
    public static final int MAX_DAYS = 36_525;

    private static final List<String> SYMPTOMS =
            List.of("bloating", "gas", "abdominal_pain", "fatigue", "brain_fog", "anxiety", "low_mood", "joint_pain");
    private static final double EFFECT = 2.5;
    private static final double SKIPPED_DAY = 0.06;
    private static final double FORGOTTEN_MEASURE = 0.04;

    private DemoJournal() {}

    /** {@code days} consecutive days ending on {@code lastDay}. */
    public static List<DayEntry> generate(LocalDate lastDay, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DayEntry> journal = new ArrayList<>(days);
        double previousDrinks = 0;
        LocalDate first = lastDay.minusDays(days - 1L);
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            Map<String, Double> values = new HashMap<>();
            boolean weekend = date.getDayOfWeek().getValue() >= 5;
            double drinks = random.nextDouble() < (weekend ? 0.55 : 0.25) ? 1 + random.nextInt(4) : 0;
            double nsaid = random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
            double sleep = clamp(quarter(7.2 + random.nextGaussian() * 0.9), 3, 11);
            double stress = clamp(Math.round(4 + random.nextGaussian() * 2.2), 0, 10);
            values.put("alcohol", drinks);
            values.put("nsaid", nsaid);
            values.put("sleep_hours", sleep);
            values.put("sleep_quality", clamp(Math.round(sleep - 4 + random.nextGaussian() * 0.7), 1, 5));
            values.put("stress", stress);
            values.put("sugar", (double) random.nextInt(4));
            values.put("processed_food", (double) random.nextInt(3));
            values.put("gluten", (double) random.nextInt(3));
            values.put("dairy", (double) random.nextInt(3));
            values.put("vegetables", (double) 1 + random.nextInt(5));
            values.put("fermented_food", random.nextDouble() < 0.3 ? 1.0 : 0.0);
            values.put("probiotic", random.nextDouble() < 0.5 ? 1.0 : 0.0);
            values.put("zinc", random.nextDouble() < 0.4 ? 1.0 : 0.0);
            values.put("moderate_exercise", random.nextDouble() < 0.5 ? 15.0 * (1 + random.nextInt(4)) : 0.0);
            values.put("relaxation", random.nextDouble() < 0.3 ? 10.0 : 0.0);
            values.put("stool_form", clamp(Math.round(4 + random.nextGaussian() * 1.1), 1, 7));

            for (String symptom : SYMPTOMS) {
                double rating = 2 + random.nextGaussian() * 1.3;
                rating += switch (symptom) {
                    case "bloating" -> previousDrinks > 0 ? EFFECT : 0;
                    case "abdominal_pain" -> nsaid > 0 ? EFFECT : 0;
                    case "fatigue", "brain_fog" -> sleep < 7 ? EFFECT : 0;
                    case "anxiety" -> stress >= 6 ? EFFECT : 0;
                    default -> 0;
                };
                values.put(symptom, clamp(Math.round(rating), 0, 10));
            }
            previousDrinks = drinks;

            if (random.nextDouble() < SKIPPED_DAY) {
                continue;
            }
            values.keySet().removeIf(key -> random.nextDouble() < FORGOTTEN_MEASURE);
            String notes = random.nextDouble() < 0.1 ? "Demo day: nothing special." : null;
            journal.add(new DayEntry(date, values, notes));
        }
        return journal;
    }

    private static double quarter(double hours) {
        return Math.round(hours * 4) / 4.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
