package app.gutlog.analysis;

import static app.gutlog.domain.PersistentBurden.HIGH_BURDEN;
import static app.gutlog.domain.PersistentBurden.HIGH_WEEKS;
import static app.gutlog.domain.PersistentBurden.MIN_RATED_DAYS;
import static app.gutlog.domain.PersistentBurden.RISE;
import static app.gutlog.domain.PersistentBurden.RISING_WEEKS;
import static app.gutlog.domain.PersistentBurden.SEVERE;
import static app.gutlog.domain.PersistentBurden.SEVERE_DAYS;

import app.gutlog.domain.PersistentBurden.Pattern;
import app.gutlog.domain.PersistentBurden;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Notices when the symptom burden stays high, or keeps rising, over several weeks of logs. Weeks are the seven days
 * ending today, the seven before, and so on; a week counts only when at least
 * {@link PersistentBurden#MIN_RATED_DAYS} of its days have a burden.
 */
public final class PersistentSymptoms {

    private PersistentSymptoms() {}

    /**
     * The burden's pattern over the last weeks or, failing that, the first symptom (of {@code ratingsBySymptom}, by
     * name, in its order) rated {@link PersistentBurden#SEVERE} or more on each of the last
     * {@link PersistentBurden#SEVERE_DAYS} days.
     */
    public static Optional<PersistentBurden> check(Map<LocalDate, Double> burdenByDay,
            Map<String, Map<LocalDate, Double>> ratingsBySymptom, LocalDate today) {
        return check(burdenByDay, today).or(() -> severeSymptom(ratingsBySymptom, today));
    }

    private static Optional<PersistentBurden> severeSymptom(Map<String, Map<LocalDate, Double>> ratingsBySymptom,
            LocalDate today) {
        for (Map.Entry<String, Map<LocalDate, Double>> symptom : ratingsBySymptom.entrySet()) {
            List<Double> week = new ArrayList<>();
            for (int back = SEVERE_DAYS - 1; back >= 0; back--) {
                Double rating = symptom.getValue().get(today.minusDays(back));
                if (rating == null || rating < SEVERE) {
                    break;
                }
                week.add(rating);
            }
            if (week.size() == SEVERE_DAYS) {
                return Optional.of(new PersistentBurden(Pattern.ONE_SYMPTOM_SEVERE, week, symptom.getKey()));
            }
        }
        return Optional.empty();
    }

    public static Optional<PersistentBurden> check(Map<LocalDate, Double> burdenByDay, LocalDate today) {
        List<OptionalDouble> newestFirst = new ArrayList<>();
        for (int week = 0; week < Math.max(HIGH_WEEKS, RISING_WEEKS); week++) {
            newestFirst.add(weeklyMean(burdenByDay, today.minusDays(7L * week)));
        }
        List<Double> high = oldestFirst(newestFirst.subList(0, HIGH_WEEKS));
        if (high != null && high.stream().allMatch(mean -> mean >= HIGH_BURDEN)) {
            return Optional.of(new PersistentBurden(Pattern.STAYS_HIGH, high));
        }
        List<Double> rising = oldestFirst(newestFirst.subList(0, RISING_WEEKS));
        if (rising != null && rising.getLast() - rising.getFirst() >= RISE && isIncreasing(rising)) {
            return Optional.of(new PersistentBurden(Pattern.KEEPS_RISING, rising));
        }
        return Optional.empty();
    }
    private static OptionalDouble weeklyMean(Map<LocalDate, Double> burdenByDay, LocalDate lastDay) {
        List<Double> rated = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            Double burden = burdenByDay.get(lastDay.minusDays(day));
            if (burden != null) {
                rated.add(burden);
            }
        }
        return rated.size() < MIN_RATED_DAYS ? OptionalDouble.empty()
                : rated.stream().mapToDouble(Double::doubleValue).average();
    }

    /** The weeks' means, oldest first, or null if any of the weeks has too few rated days. */
    private static List<Double> oldestFirst(List<OptionalDouble> newestFirst) {
        List<Double> means = new ArrayList<>();
        for (OptionalDouble mean : newestFirst.reversed()) {
            if (mean.isEmpty()) {
                return null;
            }
            means.add(mean.getAsDouble());
        }
        return means;
    }

    private static boolean isIncreasing(List<Double> means) {
        for (int i = 1; i < means.size(); i++) {
            if (means.get(i) <= means.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
