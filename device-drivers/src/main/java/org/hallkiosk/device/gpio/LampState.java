package org.hallkiosk.device.gpio;

/** What the status lamp shows: the worst device state of the kiosk. */
public enum LampState {
    /** Kiosk not running. */
    OFF,
    /** Green: every device ok. */
    OK,
    /** Amber: working, but something needs attention soon (e.g. paper near end). */
    DEGRADED,
    /** Red: a device the public flows need is offline. */
    FAULT
}
