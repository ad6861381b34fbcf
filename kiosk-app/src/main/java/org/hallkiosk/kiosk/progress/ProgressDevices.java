package org.hallkiosk.kiosk.progress;

import java.util.Objects;

/**
 * The scanner and ID card reader as the 进度查询 flow uses them. Either may be {@code NONE} (not fitted): the keypad
 * always works.
 */
public record ProgressDevices(ScanFeed scans, IdCardFeed cards) {

    public ProgressDevices {
        Objects.requireNonNull(scans, "scans");
        Objects.requireNonNull(cards, "cards");
    }

    /** Neither device. */
    public static ProgressDevices none() {
        return new ProgressDevices(ScanFeed.NONE, IdCardFeed.NONE);
    }
}
