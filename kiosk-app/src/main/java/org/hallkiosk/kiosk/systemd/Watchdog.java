package org.hallkiosk.kiosk.systemd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds systemd's watchdog ({@code WatchdogSec=} in the unit) only while the UI thread answers: every tick posts a
 * probe to the UI thread and pings systemd if the last probe ran recently. A wedged UI thread (a deadlock, an endless
 * loop) thus stops the pings, and systemd kills and restarts the kiosk; a live JVM with a dead screen would not.
 */
public final class Watchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    /** The variable systemd sets to the unit's {@code WatchdogSec} in microseconds. */
    public static final String WATCHDOG_USEC = "WATCHDOG_USEC";

    private final SystemdNotifier notifier;
    private final Duration interval;
    private final Executor uiThread;
    private final Clock clock;
    private volatile Instant lastAnswer;
    private volatile Thread answeringThread;
    private volatile boolean stalled;
    private final AtomicBoolean probePending = new AtomicBoolean();
    private ScheduledExecutorService timer;

    /**
     * @param interval how often to probe and ping: a third of {@code WatchdogSec}, so that one late probe is forgiven
     * @param uiThread runs the probe on the thread whose health counts (the JavaFX application thread)
     */
    public Watchdog(SystemdNotifier notifier, Duration interval, Executor uiThread, Clock clock) {
        this.notifier = notifier;
        this.interval = interval;
        this.uiThread = uiThread;
        this.clock = clock;
        this.lastAnswer = clock.instant();
    }

    /** The ping interval systemd asks for ({@code WATCHDOG_USEC} / 3), or empty when the unit has no watchdog. */
    public static Optional<Duration> intervalFrom(Map<String, String> env) {
        String usec = env.get(WATCHDOG_USEC);
        if (usec == null || usec.isBlank()) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec.strip());
            return micros <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros * 1000 / 3));
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number of microseconds; no watchdog pings", WATCHDOG_USEC, usec);
            return Optional.empty();
        }
    }

    /** Starts probing and pinging on a daemon thread of its own. */
    public Watchdog start() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "systemd-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer = t;
        long millis = Math.max(1, interval.toMillis());
        t.scheduleAtFixedRate(this::tick, 0, millis, TimeUnit.MILLISECONDS);
        LOG.info("feeding systemd's watchdog every {} ms while the UI thread answers", millis);
        return this;
    }

    /**
     * One round: ping if the UI thread answered within two intervals, then post the next probe. Returns whether it
     * pinged.
     */
    boolean tick() {
        Instant now = clock.instant();
        Duration silent = Duration.between(lastAnswer, now);
        boolean alive = silent.compareTo(interval.multipliedBy(2)) <= 0;
        if (alive) {
            notifier.ping();
            if (stalled) {
                stalled = false;
                LOG.info("the UI thread answers again; watchdog pings resumed");
            }
        } else if (!stalled) {
            stalled = true;
            LOG.error("the UI thread has not answered for {} ms; watchdog pings stop so that systemd restarts the kiosk. "
                    + "It is at:{}", silent.toMillis(), stackOf(answeringThread));
        }
        if (probePending.compareAndSet(false, true)) { // a wedged thread gets one probe, not one per tick
            uiThread.execute(() -> {
                answeringThread = Thread.currentThread();
                lastAnswer = clock.instant();
                probePending.set(false);
            });
        }
        return alive;
    }

    private static String stackOf(Thread thread) {
        if (thread == null) {
            return " (the probe never ran)";
        }
        return Arrays.stream(thread.getStackTrace()).map(f -> "\n    at " + f).collect(Collectors.joining());
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
