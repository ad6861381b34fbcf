package org.hallkiosk.device.idcard;

/** The reader gave no complete answer in time, or no card was placed before the wait ended. */
public final class ReaderTimeoutException extends IdCardException {

    public ReaderTimeoutException(String message) {
        super(message);
    }
}
