package app.gutlog.ui.exchange;

import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.app.ImportService;
import app.gutlog.app.TaskRunner;
import app.gutlog.ui.shared.DialogService.Kind;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File > Import CSV…: the file and how to treat days the journal already has, a dry run that says what would be
 * added, changed or skipped (or every problem found), and the import itself.
 */
public final class ImportViewModel {

    private final ImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<OnExisting> onExisting = new SimpleObjectProperty<>(this, "onExisting", OnExisting.SKIP);
    private final BooleanProperty createMeasures = new SimpleBooleanProperty(this, "createMeasures");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private int generation;

    public ImportViewModel(ImportService imports, TaskRunner tasks, DialogService dialogs) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        file.addListener((observable, before, now) -> refreshPreview());
        onExisting.addListener((observable, before, now) -> refreshPreview());
        createMeasures.addListener((observable, before, now) -> refreshPreview());
    }

    /** Runs the dry run for the current choices; a newer request supersedes an older one still running. */
    public void refreshPreview() {
        canImport.set(false);
        if (file.get() == null || file.get().isBlank()) {
            preview.set("Choose a CSV file, or drop one on the window.");
            return;
        }
        int requested = ++generation;
        Path chosen = Path.of(file.get().strip());
        ImportOptions options = options();
        preview.set("Checking " + chosen.getFileName() + "…");
        tasks.run("Checking " + chosen.getFileName() + "…", progress -> imports.planImport(chosen, options),
                plan -> {
                    if (requested == generation) {
                        preview.set("Importing " + plan.file() + " would give: " + plan.summary() + ".");
                        canImport.set(true);
                    }
                }, error -> {
                    if (requested == generation) {
                        preview.set(error.getMessage());
                    }
                });
    }

    /**
     * Imports in one transaction in the background. Once done, runs {@code imported} and says what was done; the
     * preview says why it was not.
     */
    public void importNow(Runnable imported) {
        Path chosen = Path.of(file.get().strip());
        ImportOptions options = options();
        canImport.set(false);
        tasks.run("Importing " + chosen.getFileName() + "…", progress -> imports.importCsv(chosen, options),
                plan -> {
                    imported.run();
                    dialogs.tell("import-done", Kind.INFORMATION, "Imported",
                            plan.file() + ": " + plan.summary() + ".");
                }, error -> preview.set(error.getMessage()));
    }

    private ImportOptions options() {
        return new ImportOptions(onExisting.get(), createMeasures.get());
    }

    public StringProperty file() {
        return file;
    }

    public ObjectProperty<OnExisting> onExisting() {
        return onExisting;
    }

    public BooleanProperty createMeasures() {
        return createMeasures;
    }

    /** What the dry run found, or every problem with the file. */
    public ReadOnlyStringProperty preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImport() {
        return canImport.getReadOnlyProperty();
    }
}
