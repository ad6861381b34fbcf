package org.hallkiosk.kiosk.devices;

/**
 * Codes from the serial receipt scanner. A keyboard-wedge scanner is not a feed: its keystrokes reach the screen
 * through the scene and the device layer's {@code KeyboardWedgeDetector}.
 */
public interface Scans extends DeviceFeed<String> {

    /** True for the in-process simulator, whose {@link #simulateScan} a demo may use. */
    boolean simulated();

    /** Makes the simulated scanner send {@code code} as if a receipt were held under it. */
    void simulateScan(String code);
}
