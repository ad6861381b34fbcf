package org.hallkiosk.device.gpio;

import java.util.function.Consumer;

/** A digital input as the board reports it: raw electrical level, no active-level or debounce logic. */
public interface InputPin {

    /** The BCM GPIO number. */
    int number();

    boolean isHigh();

    /** Called with the new raw level on every edge the board reports, on the board's thread. */
    void onChange(Consumer<Boolean> listener);
}
