package org.hallkiosk.device.gpio;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Listeners;
import org.hallkiosk.device.event.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whether someone stands at the kiosk, debounced; arrival wakes the kiosk from its attract loop. */
public final class PresenceSensor {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceSensor.class);

    private final InputPin pin;
    private final PresenceSettings settings;
    private final ScheduledExecutorService timer;
    private final Debouncer debouncer;
    private final AtomicInteger pendingChecks = new AtomicInteger();
    private final Listeners<Boolean> listeners = new Listeners<>("presence sensor");

    public PresenceSensor(InputPin pin, PresenceSettings settings, ScheduledExecutorService timer) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.debouncer = new Debouncer(active(pin.isHigh()), settings.arriveAfter().toNanos(), settings.leaveAfter().toNanos());
        pin.onChange(this::edge);
    }

    /** Whether someone is there, as last settled. */
    public synchronized boolean isPresent() {
        return debouncer.settled();
    }

    /**
     * Calls {@code listener} with true when someone arrives and false when they have left, on the GPIO timer thread,
     * until the subscription is closed.
     */
    public Subscription onChange(Consumer<Boolean> listener) {
        return listeners.add(listener);
    }

    private void edge(boolean high) {
        boolean level = active(high);
        long delay;
        synchronized (this) {
            debouncer.observe(level, System.nanoTime());
            delay = debouncer.delayFor(level);
        }
        pendingChecks.incrementAndGet();
        timer.schedule(() -> {
            try {
                check();
            } finally {
                pendingChecks.decrementAndGet();
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    /** Whether every edge seen so far has been judged (its debounce delay passed and its check ran). */
    boolean settledAll() {
        return pendingChecks.get() == 0;
    }

    private void check() {
        Optional<Boolean> changed;
        synchronized (this) {
            long now = System.nanoTime();
            // read the pin again: an edge the provider did not report must not leave a stale level settled
            debouncer.observe(active(pin.isHigh()), now);
            changed = debouncer.settle(now);
        }
        changed.ifPresent(present -> {
            LOG.debug("presence on GPIO {}: {}", pin.number(), present ? "someone there" : "nobody");
            listeners.dispatch(present);
        });
    }

    private boolean active(boolean high) {
        return high == settings.activeHigh();
    }
}
