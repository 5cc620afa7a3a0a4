package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.Backup;
import app.gutlog.text.Texts;
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

    /** The word to type before everything is deleted; the dialog names it, and it is the same in every language. */
    static final String DELETE_CONFIRMATION = "DELETE";


    private final ShellViewModel model;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Runnable> leaveCurrentPage;
    private final Texts texts = Texts.of(DataSafetyFlows.class);
    private final DateTimeFormatter backupMade = texts.dates("shell.restore.backupMade");

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
        tasks.run(texts.get("shell.progress.backingUp"), progress -> services.backups().backUpNow(),
                file -> dialogs.tell("backup-done", Kind.INFORMATION, texts.get("shell.backup.done.header"),
                        texts.format("shell.backup.done.text", file)),
                error -> dialogs.tell("backup-failed", Kind.ERROR, texts.get("shell.backup.failed.header"),
                        error.getMessage()));
    }

    /** Asks which backup to restore, and to confirm; works also when the journal could not be opened. */
    void restoreFromBackup() {
        Path journal = model.journalFile();
        tasks.run(texts.get("shell.progress.lookingForBackups"), progress -> BackupService.backupsOf(journal),
                backups -> chooseBackup(journal, backups),
                error -> dialogs.tell("restore-failed", Kind.ERROR, texts.get("shell.restore.listFailed.header"),
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
        dialogs.askText("delete-all-dialog", texts.get("shell.deleteAll.title"), texts.get("shell.deleteAll.header"),
                texts.format("shell.deleteAll.label", DELETE_CONFIRMATION), texts.get("shell.deleteAll.action"),
                DELETE_CONFIRMATION::equals)
                .filter(DELETE_CONFIRMATION::equals)
                .ifPresent(confirmed -> leaveCurrentPage.accept(() -> model.deleteEverything(
                        message -> dialogs.tell("delete-all-done", Kind.INFORMATION,
                                texts.get("shell.deleteAll.done.header"), message))));
    }

    private void chooseBackup(Path journal, List<Backup> backups) {
        if (backups.isEmpty()) {
            dialogs.tell("no-backups", Kind.INFORMATION, texts.get("shell.restore.none.header"),
                    texts.format("shell.restore.none.text", journal.resolveSibling("backups")));
            return;
        }
        dialogs.choose("restore-dialog", texts.get("shell.restore.choose.title"),
                        texts.get("shell.restore.choose.header"), texts.get("shell.restore.choose.label"), backups)
                .filter(this::confirmRestore)
                .ifPresent(backup -> restore(BackupService.fileOf(journal, backup)));
    }

    private boolean confirmRestore(Backup backup) {
        return dialogs.confirmUndoable("restore-confirm", texts.get("shell.restore.confirm.header"),
                texts.format("shell.restore.confirm.text", backup.kind().label().toLowerCase(Locale.ROOT),
                        backup.made().format(backupMade)),
                texts.get("shell.restore.confirm.action"));
    }

    /** Restores {@code backup} once the page on show has been left. */
    private void restore(Path backup) {
        leaveCurrentPage.accept(() -> model.restore(backup,
                message -> dialogs.tell("restore-done", Kind.INFORMATION, texts.get("shell.restore.done.header"),
                        message)));
    }
}
