package app.gutlog.app;

import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and reports back on it. The desktop app backs this with JavaFX tasks; tests
 * use an implementation that runs the work at once.
 */
public interface TaskRunner {

    /** Work that may report progress and should stop early when {@link Progress#isCancelled()} turns true. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    interface Progress {
        /** For work that runs in the foreground, where nobody watches its progress and nobody can cancel it. */
        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public void message(String text) {}

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    /** A started piece of work. */
    interface Handle {
        void cancel();
    }

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is then called on the UI thread
     * (unless the work is cancelled first).
     */
    <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
