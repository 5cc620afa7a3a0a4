package app.gutlog.ui.exchange;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExchangeService.ExportRequest;
import app.gutlog.app.ExchangeService.ExistingFile;
import app.gutlog.app.ExchangeService.ExportResult;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
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

    private final AppServices services;
    private final TaskRunner tasks;
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

    public ExportViewModel(AppServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
        JournalSummary summary = services.days().summary();
        LocalDate today = services.days().today();
        from.set(summary.isEmpty() ? today : summary.firstDay());
        to.set(summary.isEmpty() ? today : summary.lastDay());
        measures.setAll(services.catalog().allMeasures());
        file.set(DefaultFolders.documents().resolve("gutlog-" + today + ".csv").toString());
        ready = Bindings.createBooleanBinding(() -> problem().isEmpty(), from, to, file, allMeasures, chosen);
    }

    /** Why the export cannot start yet, or empty when it can. */
    public String problem() {
        if (from.get() == null || to.get() == null) {
            return "Choose the first and the last day.";
        }
        if (from.get().isAfter(to.get())) {
            return "The first day is after the last day.";
        }
        if (!allMeasures.get() && chosen.isEmpty()) {
            return "Choose at least one measure, or all of them.";
        }
        if (file.get() == null || file.get().isBlank()) {
            return "Choose where to save the file.";
        }
        return "";
    }

    /**
     * Exports in the background; {@code done} gets the result, {@code failed} the message of what went wrong, and
     * {@code exists} the file that is there already when {@code existing} keeps it.
     */
    public void export(ExistingFile existing, Consumer<ExportResult> done, Consumer<String> failed,
            Consumer<Path> exists) {
        Set<String> keys = allMeasures.get() ? Set.of()
                : Set.copyOf(chosen.stream().map(Measure::key).toList());
        ExportRequest request = new ExportRequest(from.get(), to.get(),
                new CsvOptions(layout.get(), separator.get(), byteOrderMark.get()), keys);
        Path target = Path.of(file.get().strip());
        tasks.run("Exporting to " + target.getFileName() + "…",
                progress -> services.exchange().exportCsv(target, existing, request, progress), done,
                error -> OutputFailures.report(error, failed, exists));
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
