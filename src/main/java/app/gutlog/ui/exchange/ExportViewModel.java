package app.gutlog.ui.exchange;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.ExportService.ExportRequest;
import app.gutlog.app.ExportService.ExportResult;
import app.gutlog.app.ExportService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogService.Kind;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The choices of File > Export CSV…, and the export they start. */
public final class ExportViewModel {

    private final ExportService exports;
    private final DayService days;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ExchangeFiles files;
    private final OutputWriter writer;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<CsvOptions.Layout> layout = new SimpleObjectProperty<>(this, "layout", CsvOptions.Layout.WIDE);
    private final BooleanProperty allMeasures = new SimpleBooleanProperty(this, "allMeasures", true);
    private final ObservableList<Measure> measures = FXCollections.observableArrayList();
    private final ObservableList<Measure> chosen = FXCollections.observableArrayList();
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "byteOrderMark");
    private final ObjectProperty<Character> separator = new SimpleObjectProperty<>(this, "separator", ',');
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final BooleanBinding ready;
    private final Texts texts = Texts.of(ExportViewModel.class);

    /** Reads nothing from the journal: {@link #load} does, in the background. */
    public ExportViewModel(ExportService exports, DayService days, CatalogService catalog, TaskRunner tasks,
            DialogService dialogs, ExchangeFiles files) {
        this.exports = exports;
        this.days = days;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.writer = new OutputWriter(tasks, dialogs);
        ready = Bindings.createBooleanBinding(() -> problem().isEmpty(), from, to, file, allMeasures, chosen);
    }

    /** What the choices start from: the journal's days, its measures, and the folder to save in. */
    private record Start(JournalSummary summary, LocalDate today, List<Measure> measures, Path folder) {}

    /**
     * Reads in the background what the choices start from (every day of the journal, every measure, a file in the
     * Documents folder), then runs {@code loaded}.
     */
    public void load(Runnable loaded) {
        tasks.run(texts.get("exchange.progress.reading"),
                progress -> new Start(days.summary(), days.today(), catalog.allMeasures(), files.startFolder()),
                start -> {
                    startFrom(start);
                    loaded.run();
                }, error -> failed(error.getMessage()));
    }

    private void startFrom(Start start) {
        JournalSummary summary = start.summary();
        from.set(summary.isEmpty() ? start.today() : summary.firstDay());
        to.set(summary.isEmpty() ? start.today() : summary.lastDay());
        measures.setAll(start.measures());
        file.set(start.folder().resolve("gutlog-" + start.today() + ".csv").toString());
    }

    /** Why the export cannot start yet, or empty when it can. */
    public String problem() {
        if (from.get() == null || to.get() == null) {
            return texts.get("exchange.export.problem.days");
        }
        if (from.get().isAfter(to.get())) {
            return texts.get("exchange.export.problem.order");
        }
        if (!allMeasures.get() && chosen.isEmpty()) {
            return texts.get("exchange.export.problem.measures");
        }
        if (file.get() == null || file.get().isBlank()) {
            return texts.get("exchange.export.problem.file");
        }
        return "";
    }

    /**
     * Exports in the background and says how it went. A file that is there already is replaced only once the person
     * says so.
     */
    public void export() {
        Set<String> keys = allMeasures.get() ? Set.of()
                : Set.copyOf(chosen.stream().map(Measure::key).toList());
        ExportRequest request = new ExportRequest(from.get(), to.get(),
                new CsvOptions(layout.get(), separator.get(), byteOrderMark.get()), keys);
        Path target = Path.of(file.get().strip());
        writer.write(texts.format("exchange.export.progress", target.getFileName()),
                (existing, progress) -> exports.exportCsv(target, existing, request, progress), this::exported,
                this::failed);
    }

    private void exported(ExportResult result) {
        files.used(result.csv());
        dialogs.tellDone("export-done", texts.get("exchange.export.done.title"),
                texts.format("exchange.export.done.message", result.days(), result.csv().toString(),
                        result.dictionary().toString()),
                texts.get("exchange.export.done.open"),
                () -> files.open(result.csv().toAbsolutePath().getParent()));
    }

    /** The folder a file chooser opens in when the field names none. */
    public Path startFolder() {
        return files.startFolder();
    }

    private void failed(String message) {
        dialogs.tell("export-failed", Kind.ERROR, texts.get("exchange.export.failed"), message);
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<CsvOptions.Layout> layout() {
        return layout;
    }

    public BooleanProperty allMeasures() {
        return allMeasures;
    }

    public ObservableList<Measure> measures() {
        return measures;
    }

    /** The measures ticked when not all are exported. */
    public ObservableList<Measure> chosen() {
        return chosen;
    }

    public BooleanProperty byteOrderMark() {
        return byteOrderMark;
    }

    public ObjectProperty<Character> separator() {
        return separator;
    }

    public StringProperty file() {
        return file;
    }

    public BooleanBinding ready() {
        return ready;
    }
}
