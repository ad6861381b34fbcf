package org.hallkiosk.device.manager;

/** How well a device works, best first; the status lamp shows the worst over all devices. */
public enum Health {
    OK, DEGRADED, OFFLINE;

    /** The worse of two. */
    public Health worse(Health other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
