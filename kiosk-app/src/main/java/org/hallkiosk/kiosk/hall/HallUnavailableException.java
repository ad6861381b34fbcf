package org.hallkiosk.kiosk.hall;

/**
 * The hall server could not be asked or did not answer in time (network cut, server down, database away): the kiosk
 * goes on offline, from its leases. The request may or may not have reached the server; repeating it with the same
 * request id is always safe.
 */
public final class HallUnavailableException extends Exception {

    public HallUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
