package org.hallkiosk.kiosk.print.notice;

/** The A4 notice could not be printed; the message says why in words a technician can act on. */
public final class NoticePrintException extends Exception {

    public NoticePrintException(String message) {
        super(message);
    }
}
