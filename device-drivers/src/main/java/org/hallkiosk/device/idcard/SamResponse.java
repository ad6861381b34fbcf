package org.hallkiosk.device.idcard;

import java.util.Arrays;

/**
 * A reader's answer: the card's SW1/SW2 passed through, the reader's SW3 and the data.
 *
 * <p>The data can hold a whole card, so {@link #toString()} shows only its length.
 */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {

    public SamResponse {
        data = data.clone();
    }

    /** A bare status answer without data. */
    public static SamResponse status(int sw3) {
        return new SamResponse(0, 0, sw3, new byte[0]);
    }

    /** A success-style answer with data and SW1 = SW2 = 0. */
    public static SamResponse of(int sw3, byte[] data) {
        return new SamResponse(0, 0, sw3, data);
    }

    /** Parses a frame body received from the reader. */
    public static SamResponse parse(byte[] body) throws SamProtocolException {
        if (body.length < 3) {
            throw new SamProtocolException(SamProtocolException.Kind.MALFORMED_RESPONSE,
                    "reader answer has " + body.length + " bytes, needs at least SW1 SW2 SW3");
        }
        return new SamResponse(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The frame body: SW1 SW2 SW3 DATA. */
    public byte[] body() {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return body;
    }

    /** The complete frame as the reader sends it. */
    public byte[] frame() {
        return SamFrameCodec.encode(body());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamResponse r && sw1 == r.sw1 && sw2 == r.sw2 && sw3 == r.sw3 && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return ((sw1 * 31 + sw2) * 31 + sw3) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SamResponse[sw1=%02X, sw2=%02X, %s, data=%d bytes]", sw1, sw2, SamStatus.describe(sw3), data.length);
    }
}
