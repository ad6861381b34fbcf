package org.hallkiosk.queue;

/** A lease that cannot be granted, or a hand-over that is not the kiosk's to make; the message says why. */
public final class LeaseException extends RuntimeException {

    public LeaseException(String message) {
        super(message);
    }
}
