package org.hallkiosk.device.gpio;

/** A pin could not be set up or driven: wrong provider, pin in use, no permission on /dev/gpiochip*. */
public final class GpioException extends Exception {

    public GpioException(String message) {
        super(message);
    }

    public GpioException(String message, Throwable cause) {
        super(message, cause);
    }
}
