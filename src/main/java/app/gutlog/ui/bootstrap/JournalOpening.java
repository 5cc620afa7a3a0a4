package app.gutlog.ui.bootstrap;

import app.gutlog.app.AppServices;
import app.gutlog.ui.shared.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the journal on a worker thread as soon as the app knows which file it is, so that SQLite, the integrity
 * check and the daily backup run while JavaFX starts and the window is built rather than after. The main window's
 * first opening waits for that work; any later one (after a restore, or "Try again") opens the file anew.
 */
final class JournalOpening implements Callable<AppServices> {

    private static final AtomicReference<JournalOpening> started = new AtomicReference<>();

    private final Path file;
    private Future<AppServices> early;

    private JournalOpening(Path file, Future<AppServices> early) {
        this.file = file;
        this.early = early;
    }

    /**
     * Starts opening {@code file} on a worker thread, for the window that {@link #of} gives it to. The built-in
     * articles, which the first page shows, are read there too, so that the JavaFX thread does not parse them.
     */
    static void start(Path file) {
        started.set(new JournalOpening(file, FxTaskRunner.startBeforeJavaFx(() -> {
            AppServices services = AppServices.open(file);
            try {
                services.knowledge();
                return services;
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        })));
    }

    /** What opens {@code file} for its window: the opening already started for it, if any, else a new one. */
    static Callable<AppServices> of(Path file) {
        JournalOpening opening = started.get();
        if (opening != null && opening.file.equals(file) && started.compareAndSet(opening, null)) {
            return opening;
        }
        return () -> AppServices.open(file);
    }

    /** Off the JavaFX thread: the first call waits for the opening started early, later calls open the file again. */
    @Override
    public AppServices call() throws Exception {
        Future<AppServices> first;
        synchronized (this) {
            first = early;
            early = null;
        }
        if (first == null) {
            return AppServices.open(file);
        }
        try {
            return first.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case Exception cause -> throw cause;
                case Error cause -> throw cause;
                default -> throw e;
            }
        }
    }
}
