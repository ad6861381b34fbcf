package org.hallkiosk.device.idcard;

/** Bytes that are not a well-formed SAM frame or response: the reader, the cable or the line is at fault. */
public final class SamProtocolException extends IdCardException {

    /** What exactly was wrong with the bytes. */
    public enum Kind {
        /** The bytes do not start with {@code AA AA AA 96 69}. */
        NO_PREAMBLE,
        /** The length field is outside what any SAM frame can carry. */
        BAD_LENGTH,
        /** The XOR checksum does not match. */
        BAD_CHECKSUM,
        /** The frame ends before its length field says it should. */
        TRUNCATED,
        /** Bytes follow the end of a frame where none were expected. */
        TRAILING_BYTES,
        /** The frame is intact but its content does not fit the command it answers. */
        MALFORMED_RESPONSE
    }

    private final Kind kind;

    public SamProtocolException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
