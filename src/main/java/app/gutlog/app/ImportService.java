package app.gutlog.app;

import app.gutlog.app.DayService.DayChange;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.exchange.CsvImport;
import app.gutlog.exchange.DataDictionary;
import app.gutlog.store.DayRepository;
import app.gutlog.store.ImportRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Moving days into a journal: CSV import, with a preview of what it would do. */
public final class ImportService {

    /** What to do with a day of the file that the journal already has. */
    public enum OnExisting {
        /** Keep the journal's day as it is. */
        SKIP("skip"),
        /** Replace the journal's day with the file's. */
        OVERWRITE("overwrite"),
        /** Keep the journal's values, adding or replacing those the file has; the file's notes win when it has some. */
        MERGE("merge");

        private final String code;

        OnExisting(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public record ImportOptions(OnExisting onExisting, boolean createMeasures) {}

    /**
     * What an import does or would do: the file's layout, the custom measures it adds, the days it writes, and how
     * many of the file's days are new, change an existing day (each such day before and after), leave one as it was,
     * or are skipped.
     */
    public record ImportPlan(String file, List<Measure> newMeasures, List<DayEntry> toWrite, int added,
            List<DayChange> changedDays, int unchanged, int skipped) {

        public ImportPlan {
            newMeasures = List.copyOf(newMeasures);
            toWrite = List.copyOf(toWrite);
            changedDays = List.copyOf(changedDays);
        }

        public int changed() {
            return changedDays.size();
        }

        /** One line a day the import would change, with what changes on it: "2026-03-12: bloating: 3 → 5; …". */
        public List<String> changeLines() {
            return changedDays.stream()
                    .map(day -> day.after().date() + ": " + texts().clauses(day.differences())).toList();
        }

        public String summary() {
            Texts texts = texts();
            return texts.format("app.import.summary", added, changed(), unchanged, skipped, newMeasures.isEmpty() ? ""
                    : texts.format("app.import.newMeasures", String.join(", ", newMeasures.stream().map(Measure::key)
                            .toList())));
        }
    }

    private final DayRepository days;
    private final MeasureRepository measures;
    private final ImportRepository imports;
    private final Clock clock;

    ImportService(DayRepository days, MeasureRepository measures, ImportRepository imports, Clock clock) {
        this.days = days;
        this.measures = measures;
        this.imports = imports;
        this.clock = clock;
    }

    /** What importing {@code file} would do; changes nothing. */
    public ImportPlan planImport(Path file, ImportOptions options) {
        CsvImport parsed = CsvImport.read(file);
        List<Measure> all = measures.findAll();
        Map<String, Measure> catalogue = new LinkedHashMap<>();
        all.forEach(measure -> catalogue.put(measure.key(), measure));
        List<Measure> newMeasures = new ArrayList<>();
        if (options.createMeasures()) {
            newMeasures.addAll(newMeasures(parsed, catalogue, file));
            newMeasures.forEach(measure -> catalogue.put(measure.key(), measure));
        }
        List<DayEntry> fileDays = parsed.days(catalogue, LocalDate.now(clock));
        Map<LocalDate, DayEntry> existing = new HashMap<>();
        if (!fileDays.isEmpty()) {
            days.findBetween(fileDays.getFirst().date(), fileDays.getLast().date())
                    .forEach(day -> existing.put(day.date(), day));
        }
        List<DayEntry> toWrite = new ArrayList<>();
        int added = 0;
        List<DayChange> changedDays = new ArrayList<>();
        int unchanged = 0;
        int skipped = 0;
        for (DayEntry day : fileDays) {
            DayEntry before = existing.get(day.date());
            if (before == null) {
                toWrite.add(day);
                added++;
            } else if (options.onExisting() == OnExisting.SKIP) {
                skipped++;
            } else {
                DayEntry after = options.onExisting() == OnExisting.OVERWRITE ? day : merged(before, day);
                if (after.equals(before)) {
                    unchanged++;
                } else {
                    toWrite.add(after);
                    changedDays.add(new DayChange(Optional.of(before), after));
                }
            }
        }
        return new ImportPlan(file.getFileName() + " (" + parsed.describe() + ")", newMeasures, toWrite, added,
                changedDays, unchanged, skipped);
    }

    /** Imports {@code file} in one transaction, all or nothing, and returns what it did. */
    public ImportPlan importCsv(Path file, ImportOptions options) {
        ImportPlan plan = planImport(file, options);
        imports.addAll(plan.newMeasures(), plan.toWrite());
        return plan;
    }

    private static DayEntry merged(DayEntry before, DayEntry fromFile) {
        Map<String, Double> values = new HashMap<>(before.values());
        values.putAll(fromFile.values());
        return new DayEntry(before.date(), values, fromFile.notes() != null ? fromFile.notes() : before.notes());
    }

    /**
     * Custom measures for the file's unknown columns: as its data dictionary (beside it) describes them, or else as
     * "other" measures counted in whole numbers.
     */
    private List<Measure> newMeasures(CsvImport parsed, Map<String, Measure> catalogue, Path file) {
        List<String> unknown = parsed.measureKeys().stream().filter(key -> !catalogue.containsKey(key)).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        Map<String, Measure> described = new HashMap<>();
        Path dictionary = file.resolveSibling(DataDictionary.fileNameFor(file.getFileName().toString()));
        if (Files.isRegularFile(dictionary)) {
            try (Reader in = Files.newBufferedReader(dictionary, StandardCharsets.UTF_8)) {
                DataDictionary.read(in, dictionary.getFileName().toString())
                        .forEach(measure -> described.put(measure.key(), measure));
            } catch (CharacterCodingException e) {
                throw new JournalException(texts().format("app.import.dictionaryNotUtf8",
                        dictionary.getFileName().toString()), e);
            } catch (IOException e) {
                throw new JournalException(texts().format("app.import.cannotRead", dictionary.toString(),
                        e.getMessage()), e);
            }
        }
        List<Measure> created = new ArrayList<>();
        for (String key : unknown) {
            if (!Measure.isValidKey(key)) {
                throw new JournalException(texts().format("app.import.badKey", key));
            }
            created.add(Optional.ofNullable(described.get(key)).orElseGet(() -> new Measure(key, nameOf(key),
                    MeasureKind.OTHER, MeasureGroup.NOTES, Scale.COUNT, null, null,
                    texts().format("app.import.newMeasure", file.getFileName().toString()), false, false)));
        }
        return created;
    }

    private static String nameOf(String key) {
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Texts texts() {
        return Texts.of(ImportService.class);
    }
}
