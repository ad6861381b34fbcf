package org.hallkiosk.device.printer;

/** A byte that should have been a status reply but is not one. */
public final class StatusReplyException extends Exception {
    public StatusReplyException(String message) {
        super(message);
    }
}
