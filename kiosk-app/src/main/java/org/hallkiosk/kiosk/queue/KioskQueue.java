package org.hallkiosk.kiosk.queue;

import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.ReprintQueue;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;

/**
 * The queue as the 取号 screens and {@code kioskctl ticket} use it, whichever mode kiosk.yaml chose: the kiosk's own
 * database ({@code queue.mode: local}) or the hall server ({@code hall}). Both give the same records, so the screens,
 * the printed ticket, the ID-card rules and bookings behave the same.
 */
public interface KioskQueue extends AutoCloseable {

    /** Every line with its waiting count, wait and, when not issuing, why. */
    List<LineSummary> summaries();

    /** One line now; empty for an unknown prefix. */
    default Optional<LineSummary> summary(String prefix) {
        return summaries().stream().filter(s -> s.line().prefix().equals(prefix)).findFirst();
    }

    /** A line of the catalogue. */
    Optional<QueueLine> line(String prefix);

    /** Where a new ticket on {@code line} would stand now. */
    Position projected(QueueLine line, Optional<Visitor> visitor);

    /** The visitor holding {@code card} today: a hash of the number, the masked name, senior or not. */
    Visitor visitor(IdCard card);

    /** Issues a ticket, applying every rule. */
    IssueResult issue(String prefix, Optional<Visitor> visitor);

    /** Checks in the card holder's booking of today. */
    IssueResult checkIn(Visitor visitor);

    /** Checks in the booking whose code was scanned (with the card, if one was read). */
    IssueResult checkIn(String scanned, Optional<Visitor> visitor);

    /** The QR code's content for a ticket. */
    String statusUrl(Ticket ticket);

    /** A ticket's place now, if known. */
    Optional<Position> position(Ticket ticket);

    /** Tickets whose paper did not come out. */
    ReprintQueue reprints();

    /** Erases past days' codes and names if the day changed. */
    void forgetPastDays();

    @Override
    void close();
}
