package org.hallkiosk.device.gpio;

/**
 * The GPIO header the kiosk's sensor, button and lamp are wired to: {@link Pi4jBoard} on a Raspberry Pi,
 * {@link SimulatedBoard} when there is no hardware.
 */
public interface GpioBoard extends AutoCloseable {

    /** Claims a pin as input. */
    InputPin input(int number, Pull pull) throws GpioException;

    /** Claims a pin as output, starting at {@code initialHigh}. */
    OutputPin output(int number, boolean initialHigh) throws GpioException;

    /** For status screens, e.g. "Pi4J gpiod". */
    String description();

    /** Releases all pins. */
    @Override
    void close();
}
