package app.gutlog.app;

import app.gutlog.analysis.SymptomTrends;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.ReportContent;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Section;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.exchange.AtomicFiles;
import app.gutlog.exchange.CsvExport;
import app.gutlog.exchange.CsvImport;
import app.gutlog.exchange.DataDictionary;
import app.gutlog.exchange.ReportPdf;
import app.gutlog.store.DayRepository;
import app.gutlog.store.ImportRepository;
import app.gutlog.store.JournalFiles;
import app.gutlog.store.MeasureRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/** Moving a journal in and out: CSV export with its data dictionary, and CSV import with a preview. */
public final class ExchangeService {

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

    /** Which days and measures to export, and how. An empty set of keys means every measure. */
    public record ExportRequest(LocalDate from, LocalDate to, CsvOptions options, Set<String> measureKeys) {
        public ExportRequest {
            measureKeys = Set.copyOf(measureKeys);
        }
    }

    /** What was written: the CSV, its data dictionary, and how many days. */
    public record ExportResult(Path csv, Path dictionary, int days) {}

    /** What to do when an export's or a report's file exists already. */
    public enum ExistingFile {
        /** Write nothing, and say so with {@link OutputExistsException}. */
        KEEP,
        REPLACE
    }

    public record ImportOptions(OnExisting onExisting, boolean createMeasures) {}

    /**
     * What an import does or would do: the file's layout, the custom measures it adds, the days it writes, and how
     * many of the file's days are new, change an existing day, leave one as it was, or are skipped.
     */
    public record ImportPlan(String file, List<Measure> newMeasures, List<DayEntry> toWrite, int added, int changed,
            int unchanged, int skipped) {

        public ImportPlan {
            newMeasures = List.copyOf(newMeasures);
            toWrite = List.copyOf(toWrite);
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d new %s, %d changed, %d unchanged, %d skipped%s", added,
                    added == 1 ? "day" : "days", changed, unchanged, skipped, newMeasures.isEmpty() ? ""
                            : "; new measures: " + String.join(", ", newMeasures.stream().map(Measure::key).toList()));
        }
    }

    /** The range of the report (null ends mean the journal's first or last day), a name for its cover, and notes. */
    public record ReportRequest(LocalDate from, LocalDate to, String name, boolean includeNotes) {}

    private final DayRepository days;
    private final MeasureRepository measures;
    private final ImportRepository imports;
    private final InsightsService insights;
    private final TrialService trials;
    private final Supplier<KnowledgeBase> knowledge;
    private final Clock clock;
    private final Path journalFile;
    private final AtomicFiles outputs;

    public ExchangeService(Path journalFile, DayRepository days, MeasureRepository measures, ImportRepository imports,
            InsightsService insights, TrialService trials, Supplier<KnowledgeBase> knowledge, Clock clock) {
        this.journalFile = journalFile;
        this.outputs = new AtomicFiles(JournalFiles.partFileLedger(journalFile));
        this.days = days;
        this.measures = measures;
        this.imports = imports;
        this.insights = insights;
        this.trials = trials;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * Removes the temporary files of exports and reports that a crash or a kill cut short. Any it cannot remove yet
     * stay listed, and are tried again at the next start.
     */
    void cleanUpLeftovers() {
        try {
            outputs.cleanUp();
        } catch (IOException tryAgainNextTime) {
            // the ledger is kept until every file in it is gone
        }
    }

    /** Writes the practitioner report for the chosen days to {@code target} as a PDF, atomically. */
    public Path writeReport(Path target, ExistingFile existing, ReportRequest request) {
        checkOutputs(existing, target);
        InsightsReport report = insights.report(request.from(), request.to(), Outcome.BURDEN);
        List<DayEntry> inRange = days.findBetween(report.first(), report.last());
        List<DayEntry> notes = request.includeNotes()
                ? inRange.stream().filter(day -> day.notes() != null).toList() : List.of();
        List<TrialResult> overlapping = trials.results().stream()
                .filter(result -> overlaps(result.trial(), report.first(), report.last()))
                .toList();
        ReportContent content = new ReportContent(request.name(), LocalDate.now(clock), inRange.size(), report,
                SymptomTrends.of(inRange, measures.findAll()), notes, request.includeNotes(), overlapping);
        try {
            outputs.write(target, out -> ReportPdf.write(content, out));
        } catch (IOException e) {
            throw new JournalException("Could not write " + target + ": " + e.getMessage()
                    + ". Nothing was left half-written; choose another folder or free some space.", e);
        }
        return target;
    }

    /**
     * Writes the chosen days and measures to {@code target} and the data dictionary beside it, each atomically.
     * A null end of the range means the journal's first or last day.
     */
    public ExportResult exportCsv(Path target, ExistingFile existing, ExportRequest request,
            TaskRunner.Progress progress) {
        Path dictionary = target.resolveSibling(DataDictionary.fileNameFor(target.getFileName().toString()));
        checkOutputs(existing, target, dictionary);
        List<Measure> columns = columns(request.measureKeys());
        JournalSummary summary = days.summary();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = request.from() != null ? request.from() : summary.isEmpty() ? today : summary.firstDay();
        LocalDate to = request.to() != null ? request.to() : summary.isEmpty() ? today : summary.lastDay();
        if (from.isAfter(to)) {
            throw new JournalException("The range starts on " + from + ", after it ends on " + to);
        }
        List<DayEntry> chosen = days.findBetween(from, to);
        try {
            outputs.write(target, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CsvExport.write(chosen, columns, request.options(), writer, done -> {
                    progress.update(done, chosen.size());
                    if (progress.isCancelled()) {
                        throw new CancellationException("the export was cancelled; no file was written");
                    }
                });
                writer.flush();
            });
            outputs.write(dictionary, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                DataDictionary.write(columns, trials.all(),
                        request.options(), this::sectionFor, id -> knowledge.get().section(id).orElse(null), writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new JournalException("Could not write " + target + ": " + e.getMessage()
                    + ". Nothing was left half-written; choose another folder or free some space.", e);
        }
        return new ExportResult(target, dictionary, chosen.size());
    }

    /**
     * Refuses, before anything is written, files that are the journal's own (however they are named), files that
     * exist when they are to be kept, and a folder that does not exist.
     */
    private void checkOutputs(ExistingFile existing, Path... targets) {
        for (Path target : targets) {
            Path folder = target.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new JournalException("The folder " + folder + " does not exist, so nothing was written."
                        + " Choose a folder that exists.");
            }
            JournalFiles.requireSafeOutput(journalFile, target);
            if (existing == ExistingFile.KEEP && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputExistsException(target);
            }
        }
    }

    private static boolean overlaps(Trial trial, LocalDate first, LocalDate last) {
        LocalDate end = trial.reintroduceUntil() != null ? trial.reintroduceUntil() : trial.end();
        return !trial.baselineFrom().isAfter(last) && !end.isBefore(first);
    }

    private List<Measure> columns(Set<String> keys) {
        List<Measure> all = measures.findAll();
        List<String> unknown = keys.stream().filter(key -> all.stream().noneMatch(m -> m.key().equals(key))).toList();
        if (!unknown.isEmpty()) {
            throw new JournalException("Not measures in this journal: " + String.join(", ", unknown));
        }
        return keys.isEmpty() ? all : all.stream().filter(measure -> keys.contains(measure.key())).toList();
    }

    private Section sectionFor(String measureKey) {
        KnowledgeBase knowledge = this.knowledge.get();
        return knowledge.whyMeasure(measureKey)
                .flatMap(why -> knowledge.section(why.sectionId()))
                .or(() -> knowledge.sectionsFor(measureKey).stream().findFirst())
                .orElse(null);
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
        int changed = 0;
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
                    changed++;
                }
            }
        }
        return new ImportPlan(file.getFileName() + " (" + parsed.describe() + ")", newMeasures, toWrite, added,
                changed, unchanged, skipped);
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
                throw new JournalException(dictionary.getFileName() + " is not UTF-8 text. Save it as \"CSV UTF-8\" and"
                        + " try again.", e);
            } catch (IOException e) {
                throw new JournalException("Could not read " + dictionary + ": " + e.getMessage(), e);
            }
        }
        List<Measure> created = new ArrayList<>();
        for (String key : unknown) {
            if (!Measure.isValidKey(key)) {
                throw new JournalException("column " + key + ": a measure key starts with a lower-case letter and holds"
                        + " only a-z, 0-9 and _ (at most 40)");
            }
            created.add(Optional.ofNullable(described.get(key)).orElseGet(() -> new Measure(key, nameOf(key),
                    MeasureKind.OTHER, MeasureGroup.NOTES, Scale.COUNT, null, null,
                    "Imported from " + file.getFileName() + ".", false, false)));
        }
        return created;
    }

    private static String nameOf(String key) {
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
