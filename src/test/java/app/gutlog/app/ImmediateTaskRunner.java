package app.gutlog.app;

import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view models can be tested without a UI toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {

    private int started;

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        started++;
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> {};
        }
        onSuccess.accept(result);
        return () -> {};
    }

    public int started() {
        return started;
    }
}
