package app.gutlog.store;

import app.gutlog.domain.DayChangedException;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.text.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The logged days. A day exists once it has been saved, even with nothing but a note. */
public final class DayRepository {

    private static final String VALUES_BETWEEN = """
            SELECT v.day, m.key, v.value
            FROM day_value v JOIN measure m ON m.id = v.measure_id
            WHERE v.day BETWEEN ? AND ?
            ORDER BY v.day""";

    private final Database database;

    public DayRepository(Database database) {
        this.database = database;
    }

    public JournalSummary summary() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT count(*), min(day), max(day) FROM day");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return new JournalSummary(row.getInt(1), parse(row.getString(2)), parse(row.getString(3)));
            }
        });
    }

    public Optional<DayEntry> find(LocalDate date) {
        return database.read(c -> find(c, date));
    }

    private static Optional<DayEntry> find(Connection c, LocalDate date) throws SQLException {
        List<DayEntry> found = findBetween(c, date, date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Every saved day from {@code first} to {@code last}, both included, in date order. */
    public List<DayEntry> findBetween(LocalDate first, LocalDate last) {
        return database.read(c -> findBetween(c, first, last));
    }

    private static List<DayEntry> findBetween(Connection c, LocalDate first, LocalDate last) throws SQLException {
        Map<String, String> notesByDay = new LinkedHashMap<>();
        try (PreparedStatement query =
                c.prepareStatement("SELECT day, notes FROM day WHERE day BETWEEN ? AND ? ORDER BY day")) {
            query.setString(1, first.toString());
            query.setString(2, last.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notesByDay.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        Map<String, Map<String, Double>> valuesByDay = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement(VALUES_BETWEEN)) {
            query.setString(1, first.toString());
            query.setString(2, last.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    valuesByDay.computeIfAbsent(rows.getString(1), day -> new HashMap<>())
                            .put(rows.getString(2), rows.getDouble(3));
                }
            }
        }
        List<DayEntry> days = new ArrayList<>(notesByDay.size());
        notesByDay.forEach((day, notes) ->
                days.add(new DayEntry(LocalDate.parse(day), valuesByDay.getOrDefault(day, Map.of()), notes)));
        return days;
    }

    /**
     * The newest days, at most {@code limit}, whose notes contain every one of {@code words}, ignoring case (in any
     * script, not only ASCII, which SQLite's own LIKE would limit it to), newest first.
     */
    public List<DayEntry> findByNoteWords(List<String> words, int limit) {
        List<String> folded = words.stream().map(DayRepository::fold).filter(word -> !word.isEmpty()).toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        return database.read(c -> {
            List<LocalDate> matching = new ArrayList<>();
            try (PreparedStatement query =
                    c.prepareStatement("SELECT day, notes FROM day WHERE notes IS NOT NULL ORDER BY day DESC");
                    ResultSet rows = query.executeQuery()) {
                while (matching.size() < limit && rows.next()) {
                    String notes = fold(rows.getString(2));
                    if (folded.stream().allMatch(notes::contains)) {
                        matching.add(LocalDate.parse(rows.getString(1)));
                    }
                }
            }
            List<DayEntry> found = new ArrayList<>(matching.size());
            for (LocalDate date : matching) {
                find(c, date).ifPresent(found::add);
            }
            return found;
        });
    }

    /** Text as compared in a search: lower case, whatever the script. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Saves the day in one transaction if what is saved for its date is still {@code expected} (empty: no day saved).
     * Otherwise saves nothing and throws {@link DayChangedException} with what is saved now, so that nobody
     * overwrites a change they have not seen.
     */
    public void saveIfUnchanged(DayEntry entry, Optional<DayEntry> expected) {
        database.write(c -> {
            Optional<DayEntry> stored = find(c, entry.date());
            if (!stored.equals(expected)) {
                throw new DayChangedException(entry.date(), stored);
            }
            replace(c, entry);
            return null;
        });
    }

    /** Saves the whole day in one transaction, replacing what was saved for that date before. */
    public void save(DayEntry entry) {
        database.write(c -> {
            replace(c, entry);
            return null;
        });
    }

    /** Saves many days in one transaction: all of them, or on any failure none. */
    public void saveAll(List<DayEntry> entries) {
        database.write(c -> {
            for (DayEntry entry : entries) {
                replace(c, entry);
            }
            return null;
        });
    }

    /** Deletes the day and all its values; returns whether there was one. */
    public boolean delete(LocalDate date) {
        return database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM day WHERE day = ?")) {
                delete.setString(1, date.toString());
                return delete.executeUpdate() == 1;
            }
        });
    }

    static void replace(Connection c, DayEntry entry) throws SQLException {
        String day = entry.date().toString();
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO day (day, notes, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at""")) {
            upsert.setString(1, day);
            upsert.setString(2, entry.notes());
            upsert.setString(3, Instant.now().toString());
            upsert.executeUpdate();
        }
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM day_value WHERE day = ?")) {
            clear.setString(1, day);
            clear.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO day_value (day, measure_id, value) SELECT ?, id, ? FROM measure WHERE key = ?")) {
            for (Map.Entry<String, Double> value : entry.values().entrySet()) {
                insert.setString(1, day);
                insert.setDouble(2, value.getValue());
                insert.setString(3, value.getKey());
                if (insert.executeUpdate() != 1) {
                    throw new JournalException(texts().format("store.day.notAMeasure", value.getKey(),
                            entry.date().toString()));
                }
            }
        }
    }

    private static LocalDate parse(String isoDay) {
        return isoDay == null ? null : LocalDate.parse(isoDay);
    }

    private static Texts texts() {
        return Texts.of(DayRepository.class);
    }
}
