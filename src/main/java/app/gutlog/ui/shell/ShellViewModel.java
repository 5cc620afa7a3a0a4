package app.gutlog.ui.shell;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.DamagedJournalException;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's state: opening the journal in the background, and what the About box says. */
public final class ShellViewModel {

    public enum State {
        OPENING,
        READY,
        FAILED
    }

    private final TaskRunner tasks;
    private final Callable<AppServices> openJournal;
    private final Path journalFile;
    private final AppInfo appInfo;
    private final Texts texts = Texts.of(ShellViewModel.class);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPENING);
    private final ReadOnlyObjectWrapper<AppServices> services = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> goodBackup = new ReadOnlyObjectWrapper<>();
    private boolean closed;

    public ShellViewModel(TaskRunner tasks, Callable<AppServices> openJournal, Path journalFile, AppInfo appInfo) {
        this.tasks = tasks;
        this.openJournal = openJournal;
        this.journalFile = journalFile;
        this.appInfo = appInfo;
    }

    /** Opens the journal off the UI thread; {@link #state()} tells when it is ready or why it failed. */
    public void open() {
        state.set(State.OPENING);
        failure.set("");
        tasks.run(texts.get("shell.opening"), progress -> openJournal.call(), this::opened, this::failed);
    }

    private void opened(AppServices opened) {
        if (closed) {
            opened.close();
            return;
        }
        services.set(opened);
        state.set(State.READY);
    }

    private void failed(Throwable error) {
        failure.set(error.getMessage() != null ? error.getMessage() : error.toString());
        goodBackup.set(null);
        state.set(State.FAILED);
        if (error instanceof DamagedJournalException) {
            tasks.run(texts.get("shell.progress.lookingForGoodBackup"), progress -> BackupService.newestGoodBackup(journalFile),
                    found -> goodBackup.set(found.orElse(null)), ignored -> goodBackup.set(null));
        }
    }

    /**
     * Closes the journal, replaces it with {@code backup} (which must pass the integrity check; the journal is backed
     * up or kept aside first) and opens it again. {@code done} gets a sentence saying what happened.
     */
    public void restore(Path backup, Consumer<String> done) {
        AppServices open = takeServices();
        tasks.run(texts.format("shell.progress.restoring", backup.getFileName()), progress -> {
            if (open != null) {
                open.close();
            }
            Path kept = BackupService.restore(journalFile, backup);
            return new Reopened(openJournal.call(), kept == null
                    ? texts.format("shell.restored", backup.getFileName())
                    : texts.format("shell.restored.kept", backup.getFileName(), kept));
        }, reopened -> reopened(reopened, done), this::failed);
    }

    /** Closes the journal, deletes it with its write-ahead files and every backup, and starts an empty one. */
    public void deleteEverything(Consumer<String> done) {
        AppServices open = takeServices();
        tasks.run(texts.get("shell.progress.deleting"), progress -> {
            if (open != null) {
                open.close();
            }
            BackupService.deleteEverything(journalFile);
            return new Reopened(openJournal.call(), texts.get("shell.deleted"));
        }, reopened -> reopened(reopened, done), this::failed);
    }

    private AppServices takeServices() {
        AppServices open = services.get();
        services.set(null);
        state.set(State.OPENING);
        return open;
    }

    /** The journal opened again after a restore or a deletion, and what to tell the person. */
    private record Reopened(AppServices services, String message) {}

    private void reopened(Reopened reopened, Consumer<String> done) {
        opened(reopened.services());
        done.accept(reopened.message());
    }

    /** A backup that passes the integrity check, offered when the journal itself is damaged; null otherwise. */
    public ReadOnlyObjectProperty<Path> goodBackup() {
        return goodBackup.getReadOnlyProperty();
    }

    /** Closes the journal. Safe to call more than once, and before opening has finished. */
    public void close() {
        closed = true;
        AppServices open = services.get();
        services.set(null);
        if (open != null) {
            open.close();
        }
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AppServices> services() {
        return services.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    public Path journalFile() {
        return journalFile;
    }

    public String aboutTitle() {
        return texts.format("shell.about.header", appInfo.name(), appInfo.version());
    }

    public String aboutText() {
        return texts.format("shell.about.text", appInfo.licence(), journalFile);
    }
}
