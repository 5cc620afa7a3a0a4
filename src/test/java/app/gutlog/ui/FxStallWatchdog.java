package app.gutlog.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread while a test drives the app: every few milliseconds it posts a ping to the FX thread and
 * records how long the ping waited. A ping waits as long as the FX thread is busy with anything else (an event
 * handler, a layout, a frame), so a long wait is a stall the person at the window would feel.
 */
final class FxStallWatchdog implements AutoCloseable {

    /** One stall: what the test was doing, when it began (wall clock), and how long the FX thread did not answer. */
    record Stall(String during, Instant began, long millis) {
        @Override
        public String toString() {
            return millis + " ms during " + during + " (from " + began + ")";
        }
    }

    private static final long NOT_WAITING = -1;
    private final long limitNanos;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "fx-stall-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong pingPostedAt = new AtomicLong(NOT_WAITING);
    private final List<Stall> stalls = new ArrayList<>();
    private volatile String during = "start";
    private long longestNanos;
    private String longestDuring = "";

    FxStallWatchdog(long limitMillis) {
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
        pinger.scheduleAtFixedRate(this::ping, 0, 5, TimeUnit.MILLISECONDS);
    }

    /** Names what the test does from now on, for the report of any stall. */
    void during(String activity) {
        during = activity;
    }

    private void ping() {
        if (!pingPostedAt.compareAndSet(NOT_WAITING, System.nanoTime())) {
            return; // the last ping is still waiting: it measures this stall when it runs
        }
        String activity = during;
        Instant posted = Instant.now();
        Platform.runLater(() -> answered(System.nanoTime() - pingPostedAt.getAndSet(NOT_WAITING), activity, posted));
    }

    private synchronized void answered(long waitedNanos, String activity, Instant posted) {
        if (waitedNanos > longestNanos) {
            longestNanos = waitedNanos;
            longestDuring = activity;
        }
        if (waitedNanos > limitNanos) {
            stalls.add(new Stall(activity, posted, TimeUnit.NANOSECONDS.toMillis(waitedNanos)));
        }
    }

    /** Every wait over the limit so far, including a ping that is still waiting. */
    synchronized List<Stall> stalls() {
        List<Stall> all = new ArrayList<>(stalls);
        long posted = pingPostedAt.get();
        if (posted != NOT_WAITING && System.nanoTime() - posted > limitNanos) {
            long waited = System.nanoTime() - posted;
            all.add(new Stall(during + " (still waiting)", Instant.now().minusNanos(waited),
                    TimeUnit.NANOSECONDS.toMillis(waited)));
        }
        return all;
    }

    synchronized String longest() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos) + " ms during " + longestDuring;
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
