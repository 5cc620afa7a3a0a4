package app.gutlog.app;

import app.gutlog.analysis.PersistentSymptoms;
import app.gutlog.analysis.SymptomBurden;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayOverview;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import app.gutlog.domain.PersistentBurden;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Logging days: load, save, delete and review them. */
public final class DayService {

    private final DayRepository days;
    private final MeasureRepository measures;
    private final Clock clock;

    public DayService(DayRepository days, MeasureRepository measures, Clock clock) {
        this.days = days;
        this.measures = measures;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public JournalSummary summary() {
        return days.summary();
    }

    public Optional<DayEntry> load(LocalDate date) {
        return days.find(date);
    }

    /** Saves the day in one transaction, or throws {@link InvalidDayException} and saves nothing. */
    public void save(DayEntry entry) {
        checkRules(entry);
        days.save(entry);
    }

    /**
     * As {@link #save(DayEntry)}, but only over {@code expected}, the day as it was loaded (empty: not saved then). If
     * the journal's copy has changed since, throws {@link app.gutlog.domain.DayChangedException} and saves nothing.
     */
    public void save(DayEntry entry, Optional<DayEntry> expected) {
        checkRules(entry);
        days.saveIfUnchanged(entry, expected);
    }

    private void checkRules(DayEntry entry) {
        List<FieldProblem> problems = DayRules.check(entry, catalogue(), today());
        if (!problems.isEmpty()) {
            throw new InvalidDayException(problems);
        }
    }

    /** Deletes the day; returns what was deleted, so that it can be put back with {@link #save}. */
    public Optional<DayEntry> delete(LocalDate date) {
        Optional<DayEntry> existing = days.find(date);
        existing.ifPresent(entry -> days.delete(date));
        return existing;
    }

    /** Every saved day of the month, with its burden, in date order. */
    public List<DayOverview> month(YearMonth month) {
        return overviews(month.atDay(1), month.atEndOfMonth());
    }

    /** Every saved day from {@code first} to {@code last}, both included, with its burden, in date order. */
    public List<DayOverview> overviews(LocalDate first, LocalDate last) {
        List<Measure> all = measures.findAll();
        return days.findBetween(first, last).stream()
                .map(day -> new DayOverview(day.date(), SymptomBurden.of(day, all), day.values().size(), day.notes()))
                .toList();
    }

    /** Whether the last weeks' symptom burden calls for the "see a professional" notice. */
    public Optional<PersistentBurden> persistentSymptoms() {
        LocalDate today = today();
        List<Measure> all = measures.findAll();
        Map<LocalDate, Double> burdenByDay = new HashMap<>();
        Map<String, Map<LocalDate, Double>> ratingsBySymptom = new LinkedHashMap<>();
        List<Measure> symptoms = all.stream().filter(Measure::isRatedSymptom).toList(); // never a red flag
        for (DayEntry day : days.findBetween(today.minusDays(7L * PersistentBurden.RISING_WEEKS), today)) {
            SymptomBurden.of(day, all).ifPresent(burden -> burdenByDay.put(day.date(), burden));
            for (Measure symptom : symptoms) {
                Double rating = day.values().get(symptom.key());
                if (rating != null) {
                    ratingsBySymptom.computeIfAbsent(symptom.name(), name -> new HashMap<>()).put(day.date(), rating);
                }
            }
        }
        return PersistentSymptoms.check(burdenByDay, ratingsBySymptom, today);
    }

    private Map<String, Measure> catalogue() {
        return measures.findAll().stream().collect(Collectors.toMap(Measure::key, Function.identity()));
    }
}
