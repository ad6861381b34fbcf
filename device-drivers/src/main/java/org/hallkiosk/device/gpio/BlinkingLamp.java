package org.hallkiosk.device.gpio;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One lamp that tells states apart by rhythm: steady for OK, slow blink for degraded, fast blink for a fault. */
public final class BlinkingLamp implements StatusLamp {

    private static final Logger LOG = LoggerFactory.getLogger(BlinkingLamp.class);

    /** On and off times of a state; a zero off time means steady. */
    public record Pattern(Duration on, Duration off) {
        public boolean isSteady() {
            return off.isZero();
        }
    }

    /** The rhythm for each state. */
    public static Pattern patternFor(LampState state) {
        return switch (state) {
            case OFF -> new Pattern(Duration.ZERO, Duration.ZERO);
            case OK -> new Pattern(Duration.ofSeconds(1), Duration.ZERO);
            case DEGRADED -> new Pattern(Duration.ofMillis(1000), Duration.ofMillis(1000));
            case FAULT -> new Pattern(Duration.ofMillis(250), Duration.ofMillis(250));
        };
    }

    private final OutputPin pin;
    private final boolean activeHigh;
    private final ScheduledExecutorService timer;
    private LampState showing = LampState.OFF;
    private ScheduledFuture<?> blinking;
    private long generation;

    public BlinkingLamp(OutputPin pin, boolean activeHigh, ScheduledExecutorService timer) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.activeHigh = activeHigh;
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    @Override
    public synchronized void show(LampState state) throws GpioException {
        Objects.requireNonNull(state, "state");
        if (state == showing) {
            return;
        }
        stopBlinking();
        showing = state;
        Pattern pattern = patternFor(state);
        pin.set(state == LampState.OFF ? !activeHigh : activeHigh);
        if (state != LampState.OFF && !pattern.isSteady()) {
            long gen = ++generation;
            blinking = timer.schedule(() -> toggle(gen, false), pattern.on().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public synchronized LampState showing() {
        return showing;
    }

    @Override
    public void close() {
        try {
            show(LampState.OFF);
        } catch (GpioException e) {
            LOG.warn("could not switch the lamp off: {}", e.getMessage());
        }
    }

    private synchronized void toggle(long gen, boolean lit) {
        if (gen != generation) {
            return;
        }
        Pattern pattern = patternFor(showing);
        try {
            pin.set(lit == activeHigh);
        } catch (GpioException e) {
            LOG.warn("lamp blink failed: {}", e.getMessage());
        }
        Duration next = lit ? pattern.on() : pattern.off();
        blinking = timer.schedule(() -> toggle(gen, !lit), next.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void stopBlinking() {
        generation++;
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
        }
    }
}
