package org.hallkiosk.hall.device;

/** A device that cannot be added or revoked as asked (a name taken, no such device); the message says why. */
public final class DeviceException extends RuntimeException {

    public DeviceException(String message) {
        super(message);
    }
}
