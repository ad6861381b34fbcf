package org.hallkiosk.kiosk.ui.queue;

import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.Ticket;

/** The ticket just issued to the visitor, with what its screen and paper show. */
public record IssuedTicket(Ticket ticket, QueueLine line, Position position, String statusUrl) {
}
