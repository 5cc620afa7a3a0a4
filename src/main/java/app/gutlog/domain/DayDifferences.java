package app.gutlog.domain;

import app.gutlog.text.Texts;
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
        Texts texts = Texts.of(DayDifferences.class);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            Double was = old.get(key);
            Double now = after.values().get(key);
            if (!Objects.equals(was, now)) {
                lines.add(texts.format("domain.differences.value", key, show(texts, was), show(texts, now)));
            }
        }
        String oldNotes = before.map(DayEntry::notes).orElse(null);
        if (!Objects.equals(oldNotes, after.notes())) {
            lines.add(texts.format("domain.differences.notes", quote(texts, oldNotes), quote(texts, after.notes())));
        }
        return lines;
    }

    private static String show(Texts texts, Double value) {
        return value == null ? texts.get("domain.differences.notLogged") : Scale.format(value);
    }

    private static String quote(Texts texts, String notes) {
        if (notes == null) {
            return texts.get("domain.differences.noNotes");
        }
        String oneLine = notes.replaceAll("\\s+", " ").strip();
        return texts.format("domain.differences.quotedNotes",
                oneLine.length() > NOTES_SHOWN ? oneLine.substring(0, NOTES_SHOWN - 1) + "…" : oneLine);
    }
}
