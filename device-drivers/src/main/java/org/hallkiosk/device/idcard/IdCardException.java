package org.hallkiosk.device.idcard;

/** Something went wrong talking to the ID card reader or understanding the card; each subtype names what. */
public abstract sealed class IdCardException extends Exception
        permits SamProtocolException, ReaderTimeoutException, ReaderStatusException,
                UnsupportedCardException, CardDataException {

    protected IdCardException(String message) {
        super(message);
    }

    protected IdCardException(String message, Throwable cause) {
        super(message, cause);
    }
}
