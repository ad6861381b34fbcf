package org.hallkiosk.device.manager;

import java.time.Instant;

/** A device changed state, e.g. printer OK → OFFLINE (缺纸 / paper out). */
public record DeviceEvent(String device, String spec, DeviceState previous, DeviceState current, Instant at) {

    /** One line for logs: {@code printer serial:/dev/ttyUSB0: OK -> OFFLINE (缺纸 / paper out)}. */
    public String describe() {
        return device + " " + spec + ": " + previous.health() + " -> " + current.health()
                + (current.reason().isEmpty() ? "" : " (" + current.reason() + ")");
    }
}
