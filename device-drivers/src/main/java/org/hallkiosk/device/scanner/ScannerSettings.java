package org.hallkiosk.device.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a serial (or USB virtual-COM) scanner.
 *
 * @param idleGap silence after which a code without CR/LF terminator is taken as complete
 * @param maxCodeBytes longest code accepted; longer input is discarded up to its end and reported
 * @param charset how the scanner encodes text (UTF-8 on most; some Chinese models send GBK)
 */
public record ScannerSettings(Duration idleGap, int maxCodeBytes, Charset charset) {

    public ScannerSettings {
        Objects.requireNonNull(idleGap, "idleGap");
        Objects.requireNonNull(charset, "charset");
        if (idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("idleGap must be positive");
        }
        if (maxCodeBytes < 1) {
            throw new IllegalArgumentException("maxCodeBytes must be at least 1");
        }
    }

    /**
     * An 80 ms idle gap (reference §D1 suggests 50–100 ms; at 9600 baud a byte takes 1 ms, so no code pauses that
     * long), 4096 bytes (a QR code holds at most 2953 bytes), UTF-8.
     */
    public static ScannerSettings defaults() {
        return new ScannerSettings(Duration.ofMillis(80), 4096, StandardCharsets.UTF_8);
    }

    public ScannerSettings withIdleGap(Duration gap) {
        return new ScannerSettings(gap, maxCodeBytes, charset);
    }

    public ScannerSettings withMaxCodeBytes(int max) {
        return new ScannerSettings(idleGap, max, charset);
    }
}
