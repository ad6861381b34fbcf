package org.hallkiosk.device.manager;

import java.util.List;

/** Every device kind the kiosk knows; a new kind is added here with one line. */
public final class DeviceKinds {

    /** In the order devices are listed and checked. */
    public static final List<DeviceKind> ALL = List.of(
            new PrinterKind());

    private DeviceKinds() {
    }
}
