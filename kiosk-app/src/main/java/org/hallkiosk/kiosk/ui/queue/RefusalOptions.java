package org.hallkiosk.kiosk.ui.queue;

import java.util.Optional;

/**
 * What a visitor refused a number can still do, from hall.yaml's portal: book a visit online (预约) and apply online
 * (网上办), each shown as a QR code; the help desk is always offered.
 */
public record RefusalOptions(Optional<String> bookingUrl, Optional<String> onlineUrl) {

    /** No portal known: only the help desk. */
    public static final RefusalOptions NONE = new RefusalOptions(Optional.empty(), Optional.empty());
}
