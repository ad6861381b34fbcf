package org.hallkiosk.kiosk.hall;

/**
 * The hall server answered, and said no: a bad request, a revoked token, a role that may not do this, a window in
 * the wrong state. Repeating the request will not help; the message says why.
 */
public final class HallRequestException extends RuntimeException {

    private final int status;
    private final String code;

    public HallRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status, e.g. 403. */
    public int status() {
        return status;
    }

    /** The server's error code, e.g. {@code forbidden}, {@code conflict}. */
    public String code() {
        return code;
    }
}
