package app.gutlog.ui.exchange;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExchangeService.ExistingFile;
import app.gutlog.app.ExchangeService.ReportRequest;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.JournalSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
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

    private final AppServices services;
    private final TaskRunner tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(this, "includeNotes");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final BooleanBinding ready;

    public ReportViewModel(AppServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
        JournalSummary summary = services.days().summary();
        LocalDate today = services.days().today();
        to.set(summary.isEmpty() ? today : summary.lastDay());
        LocalDate threeMonths = to.get().minusDays(89);
        from.set(summary.isEmpty() || summary.firstDay().isBefore(threeMonths) ? threeMonths : summary.firstDay());
        file.set(DefaultFolders.documents().resolve("gutlog-report-" + today + ".pdf").toString());
        ready = Bindings.createBooleanBinding(() -> from.get() != null && to.get() != null
                && !from.get().isAfter(to.get()) && file.get() != null && !file.get().isBlank(), from, to, file);
    }

    /** As {@link ExportViewModel#export}, for the report. */
    public void save(ExistingFile existing, Consumer<Path> done, Consumer<String> failed, Consumer<Path> exists) {
        Path target = Path.of(file.get().strip());
        ReportRequest request = new ReportRequest(from.get(), to.get(), name.get(), includeNotes.get());
        tasks.run("Writing the report…", progress -> services.exchange().writeReport(target, existing, request), done,
                error -> OutputFailures.report(error, failed, exists));
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
