package app.gutlog.app;

import java.util.function.Consumer;

/**
 * Runs one kind of work (reading a month, computing the insights, checking an import) so that the latest request
 * wins: a result or a failure of an earlier request that ends after a later one was made is dropped, whatever order
 * the background work finishes in.
 */
public final class LatestOnly {

    private final TaskRunner tasks;
    private long latest;

    public LatestOnly(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** As {@link TaskRunner#run}, except that {@code onSuccess} and {@code onFailure} run only for the latest request. */
    public <T> void run(String title, TaskRunner.Work<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        long request = ++latest;
        tasks.run(title, work, result -> {
            if (request == latest) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (request == latest) {
                onFailure.accept(error);
            }
        });
    }

    /** Drops the result of any request still running, as a newer request would. */
    public void forget() {
        latest++;
    }
}
