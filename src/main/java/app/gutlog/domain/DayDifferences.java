package app.gutlog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** What changes on a day between two versions of it, one line a value, as "bloating: 3 → 5". */
public final class DayDifferences {

    private static final int NOTES_SHOWN = 60;

    private DayDifferences() {}

    /** The values and notes that differ, by measure key; {@code before} is empty for a day not saved yet. */
    public static List<String> between(Optional<DayEntry> before, DayEntry after) {
        Map<String, Double> old = before.map(DayEntry::values).orElse(Map.of());
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(after.values().keySet());
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            Double was = old.get(key);
            Double now = after.values().get(key);
            if (!Objects.equals(was, now)) {
                lines.add(key + ": " + show(was) + " → " + show(now));
            }
        }
        String oldNotes = before.map(DayEntry::notes).orElse(null);
        if (!Objects.equals(oldNotes, after.notes())) {
            lines.add("notes: " + quote(oldNotes) + " → " + quote(after.notes()));
        }
        return lines;
    }

    private static String show(Double value) {
        return value == null ? "not logged" : Scale.format(value);
    }

    private static String quote(String notes) {
        if (notes == null) {
            return "none";
        }
        String oneLine = notes.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() > NOTES_SHOWN ? oneLine.substring(0, NOTES_SHOWN - 1) + "…" : oneLine) + "\"";
    }
}
