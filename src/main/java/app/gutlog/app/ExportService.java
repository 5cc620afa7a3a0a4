package app.gutlog.app;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Section;
import app.gutlog.exchange.CsvExport;
import app.gutlog.exchange.DataDictionary;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.store.TrialRepository;
import app.gutlog.text.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/** Moving a journal out: CSV export with its data dictionary. */
public final class ExportService {

    /** Which days and measures to export, and how. An empty set of keys means every measure. */
    public record ExportRequest(LocalDate from, LocalDate to, CsvOptions options, Set<String> measureKeys) {
        public ExportRequest {
            measureKeys = Set.copyOf(measureKeys);
        }
    }

    /** What was written: the CSV, its data dictionary, and how many days. */
    public record ExportResult(Path csv, Path dictionary, int days) {}

    private final DayRepository days;
    private final MeasureRepository measures;
    private final TrialRepository trials;
    private final Supplier<KnowledgeBase> knowledge;
    private final OutputFiles outputs;
    private final Clock clock;

    ExportService(DayRepository days, MeasureRepository measures, TrialRepository trials,
            Supplier<KnowledgeBase> knowledge, OutputFiles outputs, Clock clock) {
        this.days = days;
        this.measures = measures;
        this.trials = trials;
        this.knowledge = knowledge;
        this.outputs = outputs;
        this.clock = clock;
    }

    /**
     * Writes the chosen days and measures to {@code target} and the data dictionary beside it, each atomically.
     * A null end of the range means the journal's first or last day.
     */
    public ExportResult exportCsv(Path target, ExistingFile existing, ExportRequest request,
            TaskRunner.Progress progress) {
        Path dictionary = target.resolveSibling(DataDictionary.fileNameFor(target.getFileName().toString()));
        outputs.check(existing, target, dictionary);
        List<Measure> columns = columns(request.measureKeys());
        JournalSummary summary = days.summary();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = request.from() != null ? request.from() : summary.isEmpty() ? today : summary.firstDay();
        LocalDate to = request.to() != null ? request.to() : summary.isEmpty() ? today : summary.lastDay();
        if (from.isAfter(to)) {
            throw new JournalException(texts().format("app.range.backwards", from.toString(), to.toString()));
        }
        List<DayEntry> chosen = days.findBetween(from, to);
        try {
            outputs.write(target, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CsvExport.write(chosen, columns, request.options(), writer, done -> {
                    progress.update(done, chosen.size());
                    if (progress.isCancelled()) {
                        throw new CancellationException(texts().get("app.export.cancelled"));
                    }
                });
                writer.flush();
            });
            outputs.write(dictionary, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                DataDictionary.write(columns, trials.findAll(),
                        request.options(), this::sectionFor, id -> knowledge.get().section(id).orElse(null), writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw OutputFiles.notWritten(target, e);
        }
        return new ExportResult(target, dictionary, chosen.size());
    }

    private List<Measure> columns(Set<String> keys) {
        List<Measure> all = measures.findAll();
        List<String> unknown = keys.stream().filter(key -> all.stream().noneMatch(m -> m.key().equals(key))).toList();
        if (!unknown.isEmpty()) {
            throw new JournalException(texts().format("app.export.notMeasures", texts().list(unknown)));
        }
        return keys.isEmpty() ? all : all.stream().filter(measure -> keys.contains(measure.key())).toList();
    }

    private Section sectionFor(String measureKey) {
        return knowledge.get().explaining(measureKey).orElse(null);
    }

    private static Texts texts() {
        return Texts.of(ExportService.class);
    }
}
