package org.hallkiosk.kiosk.devices;

import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;

/**
 * The ID card reader's events. The reader is polled while at least one subscription holds it, so a card lying on it
 * at other times is never read.
 */
public interface Cards extends DeviceFeed<IdCardEvent> {

    /** True for the in-process simulated reader, on which a demo may place a card. */
    boolean simulated();

    /** Places {@code card} on the simulated reader; it is read through the reader protocol like a real one. */
    void simulatePlacing(IdCard card);
}
