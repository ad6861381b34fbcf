package org.hallkiosk.device.gpio;

/** A digital output at raw electrical level. */
public interface OutputPin {

    /** The BCM GPIO number. */
    int number();

    void set(boolean high) throws GpioException;

    boolean isHigh();
}
