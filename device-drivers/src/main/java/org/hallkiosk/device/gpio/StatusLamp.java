package org.hallkiosk.device.gpio;

/** The status lamp on top of the kiosk that staff watch from across the hall. */
public interface StatusLamp extends AutoCloseable {

    void show(LampState state) throws GpioException;

    LampState showing();

    /** Switches the lamp off and stops any blinking. */
    @Override
    void close();
}
