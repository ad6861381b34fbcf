package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.Objects;

/** How long the host waits for each SAM command's complete answer. */
public record SamTimeouts(Duration status, Duration reset, Duration samId, Duration find, Duration select, Duration read) {

    public SamTimeouts {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reset, "reset");
        Objects.requireNonNull(samId, "samId");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(read, "read");
    }

    /**
     * Find 800 ms, select 300 ms, read 1100 ms as a field-tested driver uses them (reference §B3); the
     * housekeeping commands get 1 s, reset 2 s. A full read (1295 bytes) takes 0.11 s at 115200 baud but 1.35 s
     * at 9600, so a reader switched to a low speed needs a longer read timeout.
     */
    public static SamTimeouts defaults() {
        return new SamTimeouts(Duration.ofMillis(1000), Duration.ofMillis(2000), Duration.ofMillis(1000),
                Duration.ofMillis(800), Duration.ofMillis(300), Duration.ofMillis(1100));
    }

    /** The timeout for one command. */
    public Duration of(SamCommand command) {
        return switch (command) {
            case SAM_STATUS -> status;
            case RESET_SAM -> reset;
            case READ_SAM_ID -> samId;
            case FIND_CARD -> find;
            case SELECT_CARD -> select;
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> read;
        };
    }
}
