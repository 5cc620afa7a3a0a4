package app.gutlog.ui.exchange;

import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.ImportPlan;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.app.ImportService;
import app.gutlog.app.TaskRunner;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogService.Kind;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import java.util.List;
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
    private final ExchangeFiles files;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<OnExisting> onExisting = new SimpleObjectProperty<>(this, "onExisting", OnExisting.SKIP);
    private final BooleanProperty createMeasures = new SimpleBooleanProperty(this, "createMeasures");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private static final int DAYS_SHOWN = 50;

    private int generation;

    public ImportViewModel(ImportService imports, TaskRunner tasks, DialogService dialogs, ExchangeFiles files) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        file.addListener((observable, before, now) -> refreshPreview());
        onExisting.addListener((observable, before, now) -> refreshPreview());
        createMeasures.addListener((observable, before, now) -> refreshPreview());
    }

    /** Runs the dry run for the current choices; a newer request supersedes an older one still running. */
    public void refreshPreview() {
        canImport.set(false);
        if (file.get() == null || file.get().isBlank()) {
            preview.set(texts().get("exchange.import.noFile"));
            return;
        }
        int requested = ++generation;
        Path chosen = Path.of(file.get().strip());
        ImportOptions options = options();
        String checking = texts().format("exchange.import.checking", chosen.getFileName());
        preview.set(checking);
        tasks.run(checking, progress -> imports.planImport(chosen, options),
                plan -> {
                    if (requested == generation) {
                        preview.set(describe(plan));
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
        tasks.run(texts().format("exchange.import.progress", chosen.getFileName()),
                progress -> imports.importCsv(chosen, options),
                plan -> {
                    files.used(chosen);
                    imported.run();
                    dialogs.tell("import-done", Kind.INFORMATION, texts().get("exchange.import.done.title"),
                            texts().format("exchange.import.done.message", plan.file(), plan.summary()));
                }, error -> preview.set(error.getMessage()));
    }

    /** The dry run's totals, then each day it would change with what changes, the first {@value #DAYS_SHOWN}. */
    static String describe(ImportPlan plan) {
        StringBuilder text =
                new StringBuilder(texts().format("exchange.import.wouldGive", plan.file(), plan.summary()));
        List<String> changes = plan.changeLines();
        if (!changes.isEmpty()) {
            text.append("\n\n").append(texts().get("exchange.import.changes"));
            changes.stream().limit(DAYS_SHOWN).forEach(line -> text.append("\n").append(line));
            if (changes.size() > DAYS_SHOWN) {
                text.append("\n").append(texts().format("exchange.import.moreChanges", changes.size() - DAYS_SHOWN));
            }
        }
        return text.toString();
    }

    private static Texts texts() {
        return Texts.of(ImportViewModel.class);
    }

    /** The folder a file chooser opens in when the field names none. */
    public Path startFolder() {
        return files.startFolder();
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
