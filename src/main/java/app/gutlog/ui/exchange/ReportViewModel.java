package app.gutlog.ui.exchange;

import app.gutlog.app.DayService;
import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.app.ReportService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.JournalSummary;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogService.Kind;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** File > Practitioner report…: the range, a name for the cover, whether to include notes, and where to save. */
public final class ReportViewModel {

    private final ReportService reports;
    private final DayService days;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ExchangeFiles files;
    private final OutputWriter writer;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(this, "includeNotes");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final BooleanBinding ready;
    private final Texts texts = Texts.of(ReportViewModel.class);

    /** Reads nothing from the journal: {@link #load} does, in the background. */
    public ReportViewModel(ReportService reports, DayService days, TaskRunner tasks, DialogService dialogs,
            ExchangeFiles files) {
        this.reports = reports;
        this.days = days;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.writer = new OutputWriter(tasks, dialogs);
        ready = Bindings.createBooleanBinding(() -> from.get() != null && to.get() != null
                && !from.get().isAfter(to.get()) && file.get() != null && !file.get().isBlank(), from, to, file);
    }

    /** What the choices start from: the journal's days, and the folder to save in. */
    private record Start(JournalSummary summary, LocalDate today, Path folder) {}

    /**
     * Reads in the background what the choices start from (the journal's last three months, a file in the folder
     * used last), then runs {@code loaded}.
     */
    public void load(Runnable loaded) {
        tasks.run(texts.get("exchange.progress.reading"),
                progress -> new Start(days.summary(), days.today(), files.startFolder()),
                start -> {
                    startFrom(start);
                    loaded.run();
                }, error -> failed(error.getMessage()));
    }

    private void startFrom(Start start) {
        JournalSummary summary = start.summary();
        to.set(summary.isEmpty() ? start.today() : summary.lastDay());
        LocalDate threeMonths = to.get().minusDays(89);
        from.set(summary.isEmpty() || summary.firstDay().isBefore(threeMonths) ? threeMonths : summary.firstDay());
        file.set(start.folder().resolve("gutlog-report-" + start.today() + ".pdf").toString());
    }

    /** As {@link ExportViewModel#export}, for the report. */
    public void save() {
        Path target = Path.of(file.get().strip());
        ReportRequest request = new ReportRequest(from.get(), to.get(), name.get(), includeNotes.get());
        writer.write(texts.get("exchange.report.progress"), (existing, progress) -> reports.writeReport(target, existing, request),
                this::saved, this::failed);
    }

    private void saved(Path report) {
        files.used(report);
        dialogs.tellDone("report-done", texts.get("exchange.report.done.title"),
                texts.format("exchange.report.done.message", report.toString()), texts.get("exchange.report.done.open"),
                () -> files.open(report));
    }

    /** The folder a file chooser opens in when the field names none. */
    public Path startFolder() {
        return files.startFolder();
    }

    private void failed(String message) {
        dialogs.tell("report-failed", Kind.ERROR, texts.get("exchange.report.failed"), message);
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty name() {
        return name;
    }

    public BooleanProperty includeNotes() {
        return includeNotes;
    }

    public StringProperty file() {
        return file;
    }

    public BooleanBinding ready() {
        return ready;
    }
}
