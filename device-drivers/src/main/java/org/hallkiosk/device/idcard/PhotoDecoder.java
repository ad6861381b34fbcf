package org.hallkiosk.device.idcard;

import java.awt.image.BufferedImage;

/**
 * Turns a card's WLT photo into an image (102 × 126). The format is not public: a real decoder wraps the
 * reader vendor's licensed library; {@link #unavailable()} is what the kiosk uses until one is installed.
 */
public interface PhotoDecoder {

    BufferedImage decode(WltPhoto photo) throws PhotoDecodeException;

    /** Whether this decoder can decode at all (false for {@link #unavailable()}). */
    default boolean isAvailable() {
        return true;
    }

    /** A decoder that says plainly that no vendor WLT library is installed. */
    static PhotoDecoder unavailable() {
        return new PhotoDecoder() {
            @Override
            public BufferedImage decode(WltPhoto photo) throws PhotoDecodeException {
                throw new PhotoDecodeException("no WLT photo decoder installed (needs the reader vendor's licensed library)");
            }

            @Override
            public boolean isAvailable() {
                return false;
            }
        };
    }

    /** The photo could not be decoded. */
    final class PhotoDecodeException extends Exception {
        public PhotoDecodeException(String message) {
            super(message);
        }

        public PhotoDecodeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
