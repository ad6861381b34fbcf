package org.hallkiosk.device.manager;

import java.util.Optional;

/**
 * Builds one kind of managed device (printer, ID card reader, scanner, GPIO) from the settings, or
 * nothing when that device is not fitted. For a {@code sim:NAME} spec it also starts its simulator
 * and registers it in {@link DeviceContext#simulators()}.
 */
public interface DeviceKind {

    /** The device name, as in {@link ManagedDevice#name()}. */
    String name();

    /**
     * Makes the (unopened) device.
     *
     * @throws IllegalArgumentException with a technician-readable message for bad settings (bad link spec, unknown profile)
     */
    Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context);
}
