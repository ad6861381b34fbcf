package org.hallkiosk.device.gpio;

import java.util.Optional;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.ManagedDevice;

/** Builds the GPIO device from a {@link GpioSpec} such as {@code gpiod?presence=17&help=27&lamp=5,6,13}. */
public final class GpioKind implements DeviceKind {

    @Override
    public String name() {
        return "gpio";
    }

    @Override
    public Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context) {
        return createGpio(settings.gpio()).map(d -> d);
    }

    /** The GPIO device with its concrete type. */
    public Optional<GpioDevice> createGpio(String spec) {
        if (!DeviceSettings.fitted(spec)) {
            return Optional.empty();
        }
        return Optional.of(new GpioDevice(spec.strip(), GpioSpec.parse(spec)));
    }
}
