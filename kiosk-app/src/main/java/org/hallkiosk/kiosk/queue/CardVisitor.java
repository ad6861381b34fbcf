package org.hallkiosk.kiosk.queue;

import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.privacy.Mask;
import org.hallkiosk.queue.TicketDesk;
import org.hallkiosk.queue.Visitor;

/**
 * What the queue keeps of a visitor whose ID card the kiosk read: the number only as today's hash, the name only
 * masked, and whether senior priority applies. The card itself goes no further than this class.
 */
public final class CardVisitor {

    private CardVisitor() {
    }

    /** The visitor holding {@code card} today, on {@code desk}'s queue. */
    public static Visitor of(TicketDesk desk, IdCard card) {
        return desk.visitor(card.idNumber(), Mask.name(card.name()), card.birthDate());
    }
}
