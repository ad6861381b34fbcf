package org.hallkiosk.device.idcard;

import java.util.Arrays;

/**
 * The data of a successful read (30 01 or 30 10): text block, WLT photo and, for 30 10, the fingerprint block.
 * Lengths come from the big-endian length fields, never from fixed frame sizes (protocol reference §B5).
 */
record CardReadout(byte[] text, byte[] photo, byte[] fingerprint) {

    static CardReadout parse(byte[] data, boolean withFingerprint) throws SamProtocolException {
        int header = withFingerprint ? 6 : 4;
        if (data.length < header) {
            throw malformed("read answer has " + data.length + " data bytes, too short for its length fields");
        }
        int textLength = u16(data, 0);
        int photoLength = u16(data, 2);
        int fingerprintLength = withFingerprint ? u16(data, 4) : 0;
        int expected = header + textLength + photoLength + fingerprintLength;
        if (data.length != expected) {
            throw malformed("read answer has " + data.length + " data bytes but its length fields add up to " + expected);
        }
        if (textLength != CardTextCodec.TEXT_SIZE) {
            throw malformed("card text is " + textLength + " bytes, expected " + CardTextCodec.TEXT_SIZE);
        }
        int photoStart = header + textLength;
        int fingerprintStart = photoStart + photoLength;
        return new CardReadout(
                Arrays.copyOfRange(data, header, photoStart),
                Arrays.copyOfRange(data, photoStart, fingerprintStart),
                Arrays.copyOfRange(data, fingerprintStart, expected));
    }

    /** The data part of a read answer in the layout of {@code parse}. */
    byte[] encode(boolean withFingerprint) {
        int header = withFingerprint ? 6 : 4;
        int fingerprintLength = withFingerprint ? fingerprint.length : 0;
        byte[] data = new byte[header + text.length + photo.length + fingerprintLength];
        putU16(data, 0, text.length);
        putU16(data, 2, photo.length);
        if (withFingerprint) {
            putU16(data, 4, fingerprint.length);
        }
        System.arraycopy(text, 0, data, header, text.length);
        System.arraycopy(photo, 0, data, header + text.length, photo.length);
        if (withFingerprint) {
            System.arraycopy(fingerprint, 0, data, header + text.length + photo.length, fingerprint.length);
        }
        return data;
    }

    private static SamProtocolException malformed(String message) {
        return new SamProtocolException(SamProtocolException.Kind.MALFORMED_RESPONSE, message);
    }

    private static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    private static void putU16(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 8);
        b[offset + 1] = (byte) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardReadout r && Arrays.equals(text, r.text) && Arrays.equals(photo, r.photo)
                && Arrays.equals(fingerprint, r.fingerprint);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(text) * 31 * 31 + Arrays.hashCode(photo) * 31 + Arrays.hashCode(fingerprint);
    }

    @Override
    public String toString() {
        return "CardReadout[text=" + text.length + " bytes, photo=" + photo.length + " bytes, fingerprint=" + fingerprint.length + " bytes]";
    }
}
