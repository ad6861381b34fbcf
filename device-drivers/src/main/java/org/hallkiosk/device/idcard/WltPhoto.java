package org.hallkiosk.device.idcard;

import java.util.Arrays;

/**
 * The card photo exactly as read: 1024 bytes of the vendor's compressed WLT format, decoded only by a
 * {@link PhotoDecoder}.
 */
public record WltPhoto(byte[] bytes) {

    public WltPhoto {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WltPhoto p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WltPhoto[" + bytes.length + " bytes]";
    }
}
