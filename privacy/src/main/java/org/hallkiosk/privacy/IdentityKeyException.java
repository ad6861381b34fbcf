package org.hallkiosk.privacy;

/** The identity key file cannot be read, created or understood; the message says which file and what to do. */
public final class IdentityKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityKeyException(String message) {
        super(message);
    }

    public IdentityKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
