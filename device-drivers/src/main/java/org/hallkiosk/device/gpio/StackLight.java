package org.hallkiosk.device.gpio;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A green/amber/red stack light on three outputs; exactly one lamp is lit (none when off). */
public final class StackLight implements StatusLamp {

    private static final Logger LOG = LoggerFactory.getLogger(StackLight.class);

    private final OutputPin green;
    private final OutputPin amber;
    private final OutputPin red;
    private final boolean activeHigh;
    private LampState showing = LampState.OFF;

    public StackLight(OutputPin green, OutputPin amber, OutputPin red, boolean activeHigh) {
        this.green = Objects.requireNonNull(green, "green");
        this.amber = Objects.requireNonNull(amber, "amber");
        this.red = Objects.requireNonNull(red, "red");
        this.activeHigh = activeHigh;
    }

    @Override
    public synchronized void show(LampState state) throws GpioException {
        Objects.requireNonNull(state, "state");
        // the lamps being switched off go first, so two colours are never lit together
        OutputPin lit = switch (state) {
            case OFF -> null;
            case OK -> green;
            case DEGRADED -> amber;
            case FAULT -> red;
        };
        for (OutputPin pin : new OutputPin[] {green, amber, red}) {
            if (pin != lit) {
                pin.set(!activeHigh);
            }
        }
        if (lit != null) {
            lit.set(activeHigh);
        }
        showing = state;
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
            LOG.warn("could not switch the stack light off: {}", e.getMessage());
        }
    }
}
