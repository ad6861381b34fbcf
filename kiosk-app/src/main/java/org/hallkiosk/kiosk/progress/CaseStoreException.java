package org.hallkiosk.kiosk.progress;

/** The local case store could not be opened or written; the message names the file and the cause. */
public final class CaseStoreException extends Exception {

    public CaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
