package org.hallkiosk.device.gpio;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallkiosk.device.event.Listeners;
import org.hallkiosk.device.event.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The help button: a debounced press calls staff (工作人员马上就到); repeated presses soon after count once. */
public final class HelpButton {

    private static final Logger LOG = LoggerFactory.getLogger(HelpButton.class);

    private final InputPin pin;
    private final HelpButtonSettings settings;
    private final ScheduledExecutorService timer;
    private final Debouncer debouncer;
    private final AtomicInteger pendingChecks = new AtomicInteger();
    private final Listeners<Boolean> listeners = new Listeners<>("help button");
    private long lastPressNanos;
    private boolean pressedBefore;

    public HelpButton(InputPin pin, HelpButtonSettings settings, ScheduledExecutorService timer) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timer = Objects.requireNonNull(timer, "timer");
        long debounce = settings.debounce().toNanos();
        this.debouncer = new Debouncer(active(pin.isHigh()), debounce, debounce);
        pin.onChange(this::edge);
    }

    /** Calls {@code listener} once per counted press, on the GPIO timer thread, until the subscription is closed. */
    public Subscription onPress(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        return listeners.add(pressed -> listener.run());
    }

    /** Whether the button is held down now (settled). */
    public synchronized boolean isPressed() {
        return debouncer.settled();
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
        boolean press;
        synchronized (this) {
            long now = System.nanoTime();
            debouncer.observe(active(pin.isHigh()), now);
            Optional<Boolean> changed = debouncer.settle(now);
            press = changed.orElse(false) && (!pressedBefore || now - lastPressNanos >= settings.repeatGuard().toNanos());
            if (press) {
                pressedBefore = true;
                lastPressNanos = now;
            }
        }
        if (press) {
            LOG.info("help button pressed");
            listeners.dispatch(Boolean.TRUE);
        }
    }

    /** Whether a press now would fall within the repeat guard of the last counted one. */
    synchronized boolean withinRepeatGuard() {
        return pressedBefore && System.nanoTime() - lastPressNanos < settings.repeatGuard().toNanos();
    }

    private boolean active(boolean high) {
        return high == settings.activeHigh();
    }
}
