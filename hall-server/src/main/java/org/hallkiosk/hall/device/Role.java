package org.hallkiosk.hall.device;

import java.util.Locale;

/**
 * What a device is, and so what it may do: a kiosk issues (and leases numbers, hands over offline tickets, checks
 * in bookings) but never calls; a counter calls and finishes but never issues; a display only reads and follows.
 */
public enum Role {
    KIOSK,
    COUNTER,
    DISPLAY;

    /** The role's name as the command line and the API write it: {@code kiosk}, {@code counter}, {@code display}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code label}, in any case. */
    public static Role of(String label) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(label.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("a device role is kiosk, counter or display, not '" + label + "'");
    }
}
