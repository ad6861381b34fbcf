package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a SAM card reader.
 *
 * @param timeouts per-command answer timeouts
 * @param readFingerprint read with 30 10 instead of 30 01; the fingerprint block is then read but not kept
 * @param retries how often a corrupt answer, a host-checksum complaint (SW3 0x10) or a failed read (SW3 0x41) is
 *     retried
 * @param pollInterval pause between find-card attempts while waiting for a card
 */
public record SamReaderSettings(SamTimeouts timeouts, boolean readFingerprint, int retries, Duration pollInterval) {

    public SamReaderSettings {
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException("retries must be 0..5");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
    }

    /** Reference timeouts, 30 01 reads, one retry, a find every 300 ms. */
    public static SamReaderSettings defaults() {
        return new SamReaderSettings(SamTimeouts.defaults(), false, 1, Duration.ofMillis(300));
    }

    public SamReaderSettings withTimeouts(SamTimeouts newTimeouts) {
        return new SamReaderSettings(newTimeouts, readFingerprint, retries, pollInterval);
    }

    public SamReaderSettings withPollInterval(Duration interval) {
        return new SamReaderSettings(timeouts, readFingerprint, retries, interval);
    }

    public SamReaderSettings withReadFingerprint(boolean fingerprint) {
        return new SamReaderSettings(timeouts, fingerprint, retries, pollInterval);
    }
}
