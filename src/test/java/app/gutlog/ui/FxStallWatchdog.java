package app.gutlog.ui;

import java.lang.management.ManagementFactory;
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

    /**
     * One stall: what the test was doing, when it began (wall clock), how long the FX thread did not answer, and how
     * much of that time the JVM spent in garbage collection pauses (which stop every thread).
     */
    record Stall(String during, Instant began, long millis, long collectingMillis) {
        @Override
        public String toString() {
            return millis + " ms during " + during + " (from " + began + "; " + collectingMillis
                    + " ms of it in garbage collection pauses)";
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
    private volatile long collectingMillisAtPing;
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
        collectingMillisAtPing = collectingMillis();
        Platform.runLater(() -> answered(System.nanoTime() - pingPostedAt.getAndSet(NOT_WAITING), activity, posted));
    }

    private synchronized void answered(long waitedNanos, String activity, Instant posted) {
        if (waitedNanos > longestNanos) {
            longestNanos = waitedNanos;
            longestDuring = activity;
        }
        if (waitedNanos > limitNanos) {
            stalls.add(new Stall(activity, posted, TimeUnit.NANOSECONDS.toMillis(waitedNanos),
                    collectingMillis() - collectingMillisAtPing));
        }
    }

    /** Every wait over the limit so far, including a ping that is still waiting. */
    synchronized List<Stall> stalls() {
        List<Stall> all = new ArrayList<>(stalls);
        long posted = pingPostedAt.get();
        if (posted != NOT_WAITING && System.nanoTime() - posted > limitNanos) {
            long waited = System.nanoTime() - posted;
            all.add(new Stall(during + " (still waiting)", Instant.now().minusNanos(waited),
                    TimeUnit.NANOSECONDS.toMillis(waited), collectingMillis() - collectingMillisAtPing));
        }
        return all;
    }

    /** The time all collectors have paused the JVM so far; G1's concurrent cycles run beside the app and are left out. */
    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> !collector.getName().contains("Concurrent"))
                .mapToLong(collector -> Math.max(0, collector.getCollectionTime()))
                .sum();
    }

    synchronized String longest() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos) + " ms during " + longestDuring;
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
