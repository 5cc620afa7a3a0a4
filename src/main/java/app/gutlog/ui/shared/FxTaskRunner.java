package app.gutlog.ui.shared;

import app.gutlog.app.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs work on GutLog's worker threads as JavaFX tasks, and keeps the running ones visible for the status bar. All of
 * GutLog's background work runs on these threads: the tasks of every window, and the journal's opening, which starts
 * before JavaFX does ({@link #startBeforeJavaFx}).
 */
public final class FxTaskRunner implements TaskRunner {

    private static final AtomicInteger threadNumber = new AtomicInteger();
    private static final ExecutorService workers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "gutlog-worker-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private final Set<Task<?>> unfinished = new HashSet<>();

    /**
     * Starts {@code work} on a worker thread at once, outside any JavaFX task, for work that begins before JavaFX has
     * started; the caller takes the result from the future.
     */
    public static <T> Future<T> startBeforeJavaFx(Callable<T> work) {
        return workers.submit(work);
    }

    /** Call on the JavaFX thread. */
    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = start(title, work, onSuccess, onFailure);
        running.add(task);
        return () -> task.cancel(true);
    }

    /**
     * As {@link #run}, for work that nobody waits for or may cancel (decoding the window icons): it is not listed in
     * {@link #running()}, so the status bar does not show it. Call on the JavaFX thread.
     */
    public <T> void runQuietly(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        start("", work, onSuccess, onFailure);
    }

    private <T> WorkTask<T> start(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(event -> {
            ended(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            ended(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> ended(task));
        unfinished.add(task);
        workers.execute(task);
        return task;
    }

    private void ended(Task<?> task) {
        unfinished.remove(task);
        running.remove(task);
    }

    /** The listed tasks that have started and not yet ended, oldest first. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /** Cancels every task this runner started that has not ended (its thread is interrupted). Call on the JavaFX thread. */
    public void shutdown() {
        List.copyOf(unfinished).forEach(task -> task.cancel(true));
    }

    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final String title;
        private final Work<T> work;

        WorkTask(String title, Work<T> work) {
            this.title = title;
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            updateTitle(title);
            updateMessage(title);
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
