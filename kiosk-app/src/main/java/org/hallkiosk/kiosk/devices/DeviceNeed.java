package org.hallkiosk.kiosk.devices;

/** A device a page listens to while it is on screen. */
public enum DeviceNeed {
    /** The ID card reader. */
    CARD,
    /** The serial receipt scanner. */
    SCAN
}
