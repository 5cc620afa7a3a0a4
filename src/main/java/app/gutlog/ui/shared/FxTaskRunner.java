package app.gutlog.ui.shared;

import app.gutlog.app.TaskRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** Runs work on background threads as JavaFX tasks, and keeps the running ones visible for the status bar. */
public final class FxTaskRunner implements TaskRunner {

    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "gutlog-worker-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    /** Call on the JavaFX thread. */
    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(event -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.remove(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> running.remove(task));
        running.add(task);
        executor.execute(task);
        return () -> task.cancel(true);
    }

    /** The tasks that have started and not yet ended, oldest first. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    public void shutdown() {
        executor.shutdownNow();
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
