package org.hallkiosk.device.gpio;

import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.hallkiosk.device.manager.ManagedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GPIO board (presence sensor, help button, status lamp) as a device the manager watches. A check claims the
 * pins if that has not worked yet; once claimed, GPIO has nothing further to check.
 */
public final class GpioDevice implements ManagedDevice {

    private static final Logger LOG = LoggerFactory.getLogger(GpioDevice.class);

    private final String spec;
    private final GpioSettings settings;
    private volatile KioskGpio gpio;
    private volatile Runnable onOpened = () -> { };

    public GpioDevice(String spec, GpioSettings settings) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "gpio";
    }

    @Override
    public String spec() {
        return spec;
    }

    public GpioSettings settings() {
        return settings;
    }

    /** The devices, once a check has claimed the pins. */
    public Optional<KioskGpio> gpio() {
        return Optional.ofNullable(gpio);
    }

    /** Runs once the pins are claimed, e.g. to attach listeners to the presence sensor and help button. */
    public void whenOpened(Runnable action) {
        onOpened = Objects.requireNonNull(action, "action");
        if (gpio != null) {
            action.run();
        }
    }

    @Override
    public DeviceState check() {
        if (gpio != null) {
            return DeviceState.ok();
        }
        synchronized (this) {
            if (gpio == null) {
                try {
                    gpio = KioskGpio.open(settings);
                } catch (GpioException e) {
                    return new DeviceState.Offline("GPIO 不可用 / unavailable: " + e.getMessage());
                }
            }
        }
        onOpened.run();
        return DeviceState.ok();
    }

    /** Shows the kiosk's worst device health on the lamp: green OK, amber degraded, red offline. */
    public void showWorst(Health worst) {
        KioskGpio g = gpio;
        if (g == null || g.lamp().isEmpty()) {
            return;
        }
        LampState state = switch (worst) {
            case OK -> LampState.OK;
            case DEGRADED -> LampState.DEGRADED;
            case OFFLINE -> LampState.FAULT;
        };
        try {
            g.lamp().get().show(state);
        } catch (GpioException e) {
            LOG.warn("status lamp: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (gpio != null) {
            gpio.close();
            gpio = null;
        }
    }
}
