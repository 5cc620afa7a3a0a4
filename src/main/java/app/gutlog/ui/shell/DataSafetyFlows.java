package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.Backup;
import app.gutlog.ui.shared.DialogService.Kind;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Backing the journal up, restoring it from a backup (also when it could not be opened) and deleting it with every
 * backup. Restoring and deleting first leave the page on show, so that its unsaved edits are saved or dropped.
 */
final class DataSafetyFlows {

    /** The word to type before everything is deleted. */
    static final String DELETE_CONFIRMATION = "DELETE";

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ShellViewModel model;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Runnable> leaveCurrentPage;

    /** {@code leaveCurrentPage} runs what it is given once the page on show lets the person leave it. */
    DataSafetyFlows(ShellViewModel model, TaskRunner tasks, DialogService dialogs,
            Consumer<Runnable> leaveCurrentPage) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.leaveCurrentPage = leaveCurrentPage;
    }

    void backUpNow() {
        AppServices services = model.services().get();
        tasks.run("Backing up…", progress -> services.backups().backUpNow(),
                file -> dialogs.tell("backup-done", Kind.INFORMATION, "Backed up", "The backup is " + file + "."),
                error -> dialogs.tell("backup-failed", Kind.ERROR, "The backup failed", error.getMessage()));
    }

    /** Asks which backup to restore, and to confirm; works also when the journal could not be opened. */
    void restoreFromBackup() {
        Path journal = model.journalFile();
        tasks.run("Looking for backups…", progress -> BackupService.backupsOf(journal),
                backups -> chooseBackup(journal, backups),
                error -> dialogs.tell("restore-failed", Kind.ERROR, "The backups could not be listed",
                        error.getMessage()));
    }

    /** Restores the backup found to be good when the journal is damaged, without asking again. */
    void restoreGoodBackup() {
        Path backup = model.goodBackup().get();
        if (backup != null) {
            restore(backup);
        }
    }

    /** Deletes the journal and every backup once the person has typed {@value #DELETE_CONFIRMATION}. */
    void deleteAllData() {
        dialogs.askText("delete-all-dialog", "Delete all my data", "Delete your journal and every backup of it?",
                "This cannot be undone. Type DELETE to confirm:", "Delete everything", DELETE_CONFIRMATION::equals)
                .filter(DELETE_CONFIRMATION::equals)
                .ifPresent(confirmed -> leaveCurrentPage.accept(() -> model.deleteEverything(
                        message -> dialogs.tell("delete-all-done", Kind.INFORMATION, "Deleted", message))));
    }

    private void chooseBackup(Path journal, List<Backup> backups) {
        if (backups.isEmpty()) {
            dialogs.tell("no-backups", Kind.INFORMATION, "No backups yet",
                    "GutLog backs your journal up on the first start of each day once it holds a day, and you can"
                            + " back it up now from the File menu. Backups are kept in "
                            + journal.resolveSibling("backups") + ".");
            return;
        }
        dialogs.choose("restore-dialog", "Restore from a backup", "Replace your journal with a backup", "Backup:",
                        backups)
                .filter(this::confirmRestore)
                .ifPresent(backup -> restore(BackupService.fileOf(journal, backup)));
    }

    private boolean confirmRestore(Backup backup) {
        return dialogs.confirmUndoable("restore-confirm", "Restore this backup?",
                "Your journal will be replaced by the " + backup.kind().label().toLowerCase(Locale.ROOT)
                        + " backup from " + backup.made().format(MADE)
                        + ". The journal as it is now is backed up first, so this can be undone.", "Restore");
    }

    /** Restores {@code backup} once the page on show has been left. */
    private void restore(Path backup) {
        leaveCurrentPage.accept(() -> model.restore(backup,
                message -> dialogs.tell("restore-done", Kind.INFORMATION, "Restored", message)));
    }
}
