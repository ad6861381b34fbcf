package org.hallkiosk.device.gpio;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The help button: a debounced press calls staff (工作人员马上就到); repeated presses soon after count once. */
public final class HelpButton {

    private static final Logger LOG = LoggerFactory.getLogger(HelpButton.class);

    private final InputPin pin;
    private final HelpButtonSettings settings;
    private final ScheduledExecutorService timer;
    private final Debouncer debouncer;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
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

    /** Called once per counted press, on the GPIO timer thread. */
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
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
        timer.schedule(this::check, delay, TimeUnit.NANOSECONDS);
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
            for (Runnable l : listeners) {
                try {
                    l.run();
                } catch (RuntimeException e) {
                    LOG.error("help button listener failed", e);
                }
            }
        }
    }

    private boolean active(boolean high) {
        return high == settings.activeHigh();
    }
}
