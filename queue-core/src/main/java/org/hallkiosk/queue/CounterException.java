package org.hallkiosk.queue;

/** A counter action that cannot be done as asked (no ticket at the window, unknown line); the message says why. */
public final class CounterException extends RuntimeException {

    public CounterException(String message) {
        super(message);
    }
}
