package app.gutlog.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** GutLog's one way of running background work, on real worker threads and the real JavaFX thread. */
@Tag("ui")
class FxTaskRunnerTest {

    private static final long TIMEOUT_SECONDS = 10;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final CountDownLatch release = new CountDownLatch(1);

    /** Where a callback ran, and what it was given. */
    private record Outcome(String thread, Object value) {
        static Outcome here(Object value) {
            return new Outcome(Thread.currentThread().getName(), value);
        }
    }

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        release.countDown();
        onFxThread(() -> {
            tasks.shutdown();
            return null;
        });
    }

    private static <T> T onFxThread(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private List<Task<?>> running() throws Exception {
        return onFxThread(() -> List.copyOf(tasks.running()));
    }

    @Test
    void workRunsOnAWorkerThreadIsListedWhileItRunsAndReportsOnTheJavaFxThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Outcome> succeeded = new CompletableFuture<>();
        onFxThread(() -> tasks.run("Reading a month", progress -> {
            workThread.complete(Thread.currentThread().getName());
            release.await();
            return 42;
        }, result -> succeeded.complete(Outcome.here(result)), succeeded::completeExceptionally));

        assertThat(workThread.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).startsWith("gutlog-worker-");
        assertThat(onFxThread(() -> tasks.running().stream().map(Task::getTitle).toList()))
                .containsExactly("Reading a month");
        release.countDown();

        assertThat(succeeded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Outcome("JavaFX Application Thread", 42));
        assertThat(running()).isEmpty();
    }

    @Test
    void aFailureReachesOnFailureOnTheJavaFxThreadAndNotOnSuccess() throws Exception {
        CompletableFuture<Outcome> failed = new CompletableFuture<>();
        onFxThread(() -> tasks.run("Checking an import", progress -> {
            throw new IllegalArgumentException("row 3: no date");
        }, result -> failed.completeExceptionally(new AssertionError("succeeded with " + result)),
                error -> failed.complete(Outcome.here(error.getMessage()))));

        assertThat(failed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Outcome("JavaFX Application Thread", "row 3: no date"));
        assertThat(running()).isEmpty();
    }

    @Test
    void progressAndMessagesReachTheListedTask() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        onFxThread(() -> tasks.run("Importing", progress -> {
            progress.update(3, 10);
            progress.message("Row 3 of 10");
            reported.countDown();
            release.await();
            return null;
        }, ignored -> {}, ignored -> {}));
        assertThat(reported.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> onFxThread(() -> "Row 3 of 10".equals(tasks.running().getFirst().getMessage())));
        assertThat(onFxThread(() -> tasks.running().getFirst().getProgress())).isEqualTo(0.3);
    }

    @Test
    void quietWorkIsNotListedButReportsOnTheJavaFxThread() throws Exception {
        CompletableFuture<Outcome> succeeded = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        onFxThread(() -> {
            tasks.runQuietly(progress -> {
                started.countDown();
                release.await();
                return "icons";
            }, result -> succeeded.complete(Outcome.here(result)), succeeded::completeExceptionally);
            return null;
        });
        assertThat(started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

        assertThat(running()).isEmpty();
        release.countDown();
        assertThat(succeeded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Outcome("JavaFX Application Thread", "icons"));
    }

    @Test
    void cancellingInterruptsTheWorkAndCallsNeitherCallback() throws Exception {
        CompletableFuture<String> interrupted = new CompletableFuture<>();
        CompletableFuture<Object> called = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        var handle = onFxThread(() -> tasks.run("Computing the insights", progress -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.complete(Thread.currentThread().getName());
                throw e;
            }
            return "too late";
        }, called::complete, called::complete));
        assertThat(started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

        onFxThread(() -> {
            handle.cancel();
            return null;
        });

        assertThat(interrupted.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).startsWith("gutlog-worker-");
        assertThat(running()).isEmpty();
        // a callback would run on the FX thread in a later event; a round trip through it lets any such event run
        onFxThread(() -> null);
        assertThat(called).isNotDone();
    }

    @Test
    void shutdownCancelsEveryUnfinishedTaskListedOrQuiet() throws Exception {
        CountDownLatch bothInterrupted = new CountDownLatch(2);
        CountDownLatch bothStarted = new CountDownLatch(2);
        TaskRunner.Work<Object> blocking = progress -> {
            bothStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                bothInterrupted.countDown();
                throw e;
            }
            return null;
        };
        onFxThread(() -> {
            tasks.run("Backing up", blocking, ignored -> {}, ignored -> {});
            tasks.runQuietly(blocking, ignored -> {}, ignored -> {});
            return null;
        });
        assertThat(bothStarted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

        onFxThread(() -> {
            tasks.shutdown();
            return null;
        });

        assertThat(bothInterrupted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(running()).isEmpty();
    }

    @Test
    void workStartedBeforeJavaFxRunsOnTheSameWorkerThreads() throws Exception {
        assertThat(FxTaskRunner.startBeforeJavaFx(() -> Thread.currentThread().getName())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).startsWith("gutlog-worker-");
    }
}
