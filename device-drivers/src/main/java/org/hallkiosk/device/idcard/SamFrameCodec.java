package org.hallkiosk.device.idcard;

import java.util.Arrays;

/**
 * The SAM wire frame: {@code AA AA AA 96 69 | LEN_H LEN_L | body | CHK}, where LEN counts the body and CHK,
 * and CHK is the XOR of everything from LEN_H to the last body byte (protocol reference §B2).
 */
public final class SamFrameCodec {

    /** Sync bytes {@code AA AA AA} and start mark {@code 96 69}. */
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, (byte) 0x69};

    /** Preamble plus the two length bytes. */
    public static final int HEADER_SIZE = PREAMBLE.length + 2;

    /** The smallest meaningful LEN: two body bytes (CMD PARA) and the checksum. */
    public static final int MIN_LENGTH = 3;

    /**
     * The largest LEN accepted. A text + photo + fingerprint read is 0x090A; the margin allows vendor variants
     * while a corrupted length field is still rejected at once instead of stalling until a timeout.
     */
    public static final int MAX_LENGTH = 4096;

    private SamFrameCodec() {
    }

    /** Wraps a body (CMD PARA DATA from the host, SW1 SW2 SW3 DATA from the reader) into a frame. */
    public static byte[] encode(byte[] body) {
        int length = body.length + 1;
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("SAM frame body must be 2.." + (MAX_LENGTH - 1) + " bytes, was " + body.length);
        }
        byte[] frame = new byte[HEADER_SIZE + length];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (length >>> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER_SIZE, body.length);
        frame[frame.length - 1] = xor(frame, 5, frame.length - 1);
        return frame;
    }

    /**
     * Decodes exactly one complete frame and returns its body.
     *
     * @throws SamProtocolException for anything that is not exactly one valid frame
     */
    public static byte[] decode(byte[] frame) throws SamProtocolException {
        if (frame.length < PREAMBLE.length || !startsWithPreamble(frame, 0)) {
            throw new SamProtocolException(SamProtocolException.Kind.NO_PREAMBLE, "frame does not start with AA AA AA 96 69");
        }
        if (frame.length < HEADER_SIZE) {
            throw new SamProtocolException(SamProtocolException.Kind.TRUNCATED, "frame ends inside its length field");
        }
        int length = lengthAt(frame, PREAMBLE.length);
        checkLength(length);
        int total = HEADER_SIZE + length;
        if (frame.length < total) {
            throw new SamProtocolException(SamProtocolException.Kind.TRUNCATED,
                    "frame has " + frame.length + " bytes but its length field says " + total);
        }
        if (frame.length > total) {
            throw new SamProtocolException(SamProtocolException.Kind.TRAILING_BYTES,
                    (frame.length - total) + " bytes follow the end of the frame");
        }
        checkChecksum(frame, 0, length);
        return Arrays.copyOfRange(frame, HEADER_SIZE, total - 1);
    }

    static int lengthAt(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    static void checkLength(int length) throws SamProtocolException {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH,
                    "frame length " + length + " outside " + MIN_LENGTH + ".." + MAX_LENGTH);
        }
    }

    /** Checks the frame that starts at {@code start} (its preamble) and has LEN {@code length}. */
    static void checkChecksum(byte[] b, int start, int length) throws SamProtocolException {
        int end = start + HEADER_SIZE + length;
        byte expected = xor(b, start + PREAMBLE.length, end - 1);
        byte actual = b[end - 1];
        if (expected != actual) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_CHECKSUM,
                    String.format("checksum 0x%02X, expected 0x%02X", actual & 0xFF, expected & 0xFF));
        }
    }

    static boolean startsWithPreamble(byte[] b, int offset) {
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (b[offset + i] != PREAMBLE[i]) {
                return false;
            }
        }
        return true;
    }

    /** XOR of {@code b[from..to)}. */
    static byte xor(byte[] b, int from, int to) {
        byte x = 0;
        for (int i = from; i < to; i++) {
            x ^= b[i];
        }
        return x;
    }
}
