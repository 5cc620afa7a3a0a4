package app.gutlog.app;

import app.gutlog.analysis.PersistentSymptoms;
import app.gutlog.analysis.SymptomBurden;
import app.gutlog.domain.DayDifferences;
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
import java.util.Set;
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

    /** A day before and after a {@link #merge}; {@code before} is empty when the day had not been saved. */
    public record DayChange(Optional<DayEntry> before, DayEntry after) {

        public boolean changed() {
            return !before.equals(Optional.of(after)) && !(before.isEmpty() && after.values().isEmpty()
                    && after.notes() == null);
        }

        /** One line a value or note that differs, as "bloating: 3 → 5". */
        public List<String> differences() {
            return DayDifferences.between(before, after);
        }
    }

    /**
     * Merges into the day's saved values: sets {@code set}, removes the measures in {@code clear}, and replaces the
     * notes with {@code notes} where given (blank clears them). Checks the result as {@link #save(DayEntry)} does and
     * throws {@link InvalidDayException} with every problem, saving nothing; saves nothing either when nothing
     * changes.
     */
    public DayChange merge(LocalDate date, Map<String, Double> set, Set<String> clear, Optional<String> notes) {
        Optional<DayEntry> before = days.find(date);
        Map<String, Double> values = new HashMap<>(before.map(DayEntry::values).orElse(Map.of()));
        values.keySet().removeAll(clear);
        values.putAll(set);
        DayEntry after = new DayEntry(date, values, notes.orElse(before.map(DayEntry::notes).orElse(null)));
        // A measure to clear is checked as one to set would be, so that an unknown key gets the same message.
        Map<String, Double> probe = new HashMap<>(values);
        clear.stream().filter(key -> !probe.containsKey(key)).forEach(key -> probe.put(key, 0.0));
        Map<String, Measure> catalogue = catalogue();
        List<FieldProblem> problems = DayRules.check(new DayEntry(date, probe, after.notes()), catalogue, today())
                .stream().filter(problem -> !clear.contains(problem.field()) || !catalogue.containsKey(problem.field()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidDayException(problems);
        }
        DayChange change = new DayChange(before, after);
        if (change.changed()) {
            days.saveIfUnchanged(after, before);
        }
        return change;
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
        return overviews(days.findBetween(first, last));
    }

    /** The most days a note search returns. */
    public static final int MOST_FOUND = 500;

    /**
     * The days whose notes contain every word of {@code query} (split at white space, case ignored), newest first,
     * at most {@link #MOST_FOUND}, with their burden.
     */
    public List<DayOverview> searchNotes(String query) {
        return overviews(days.findByNoteWords(searchWords(query), MOST_FOUND));
    }

    /** The words a search looks for: the query split at white space. */
    public static List<String> searchWords(String query) {
        return query == null || query.isBlank() ? List.of() : List.of(query.strip().split("\\s+"));
    }

    private List<DayOverview> overviews(List<DayEntry> entries) {
        List<Measure> all = measures.findAll();
        return entries.stream()
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
