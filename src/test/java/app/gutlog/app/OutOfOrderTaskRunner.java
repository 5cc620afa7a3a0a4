package app.gutlog.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds every piece of work until the test finishes it, in whatever order the test chooses, so that view models can
 * be shown to keep the latest request's result when background work ends out of order.
 */
public final class OutOfOrderTaskRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        Throwable failure = null;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            result = null;
            failure = e;
        }
        T done = result;
        Throwable failed = failure;
        Runnable finish = failed == null ? () -> onSuccess.accept(done) : () -> onFailure.accept(failed);
        pending.add(finish);
        return () -> pending.remove(finish);
    }

    /** How many pieces of work have not been finished yet. */
    public int pending() {
        return pending.size();
    }

    /** Hands the result of the {@code index}-th unfinished piece of work (0 is the oldest) to its caller. */
    public void finish(int index) {
        pending.remove(index).run();
    }

    /** Finishes every unfinished piece of work, newest first. */
    public void finishNewestFirst() {
        while (!pending.isEmpty()) {
            finish(pending.size() - 1);
        }
    }
}
