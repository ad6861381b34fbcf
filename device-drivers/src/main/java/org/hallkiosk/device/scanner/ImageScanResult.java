package org.hallkiosk.device.scanner;

import com.google.zxing.BarcodeFormat;
import java.util.Objects;

/** The outcome of looking for a barcode in an image. */
public sealed interface ImageScanResult {

    /** A code was found and decoded. */
    record Decoded(String text, BarcodeFormat format) implements ImageScanResult {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(format, "format");
        }
    }

    /** The image shows no code of the accepted formats. */
    record NoCode() implements ImageScanResult {
    }

    /** The image or the code in it could not be read; the reason is safe to show and log. */
    record Unreadable(String reason) implements ImageScanResult {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
