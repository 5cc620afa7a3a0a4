package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.app.TaskRunner;
import app.gutlog.ui.exchange.ExchangeFiles;
import app.gutlog.ui.exchange.ExportController;
import app.gutlog.ui.exchange.ExportViewModel;
import app.gutlog.ui.exchange.ImportController;
import app.gutlog.ui.exchange.ImportViewModel;
import app.gutlog.ui.exchange.ReportController;
import app.gutlog.ui.exchange.ReportViewModel;
import app.gutlog.ui.shared.DialogService;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

/**
 * Moving days in and out of the open journal: the export, import and practitioner report dialogs, and a CSV file
 * dropped on the window, which is offered for import.
 */
final class ExchangeFlows {

    private final ShellViewModel model;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ExchangeFiles files;
    private final Supplier<Window> owner;

    ExchangeFlows(ShellViewModel model, TaskRunner tasks, DialogService dialogs, ExchangeFiles files,
            Supplier<Window> owner) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.owner = owner;
    }

    /** Shows the export dialog once what it offers has been read from the journal. */
    void exportCsv() {
        AppServices services = model.services().get();
        ExportViewModel export = new ExportViewModel(services.exports(), services.days(), services.catalog(), tasks,
                dialogs, files);
        export.load(whileOpen(services, () -> ExportController.show(export, owner.get())));
    }

    /** Shows the report dialog once what it offers has been read from the journal. */
    void practitionerReport() {
        AppServices services = model.services().get();
        ReportViewModel report = new ReportViewModel(services.reports(), services.days(), tasks, dialogs, files);
        report.load(whileOpen(services, () -> ReportController.show(report, owner.get())));
    }

    void importCsv() {
        importFile(null);
    }

    /** Accepts a single CSV file dragged over the window while the journal is open. */
    void dragOver(DragEvent event) {
        if (model.state().get() == State.READY && droppedCsv(event.getDragboard()) != null) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    void dropped(DragEvent event) {
        File csv = droppedCsv(event.getDragboard());
        event.setDropCompleted(csv != null);
        event.consume();
        if (csv != null) {
            importFile(csv.toPath());
        }
    }

    private static File droppedCsv(Dragboard dragboard) {
        return dragboard.hasFiles() && dragboard.getFiles().size() == 1
                && dragboard.getFiles().getFirst().getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? dragboard.getFiles().getFirst() : null;
    }

    /** The import dialog, on {@code file} when it is not null. */
    private void importFile(Path file) {
        ImportViewModel importModel = new ImportViewModel(model.services().get().imports(), tasks, dialogs, files);
        if (file != null) {
            importModel.file().set(file.toString());
        }
        ImportController.show(importModel, owner.get());
    }

    /** Runs {@code show} unless the journal was closed (for a restore, say) while its dialog was being prepared. */
    private Runnable whileOpen(AppServices services, Runnable show) {
        return () -> {
            if (model.services().get() == services) {
                show.run();
            }
        };
    }
}
