package org.hallkiosk.queue;

/** What became of one ticket a kiosk handed over after issuing it offline. */
public sealed interface HandOver {

    /** The number as the kiosk printed it. */
    String number();

    /** Now in the hall's queue, at the place its issue time gives it. */
    record Accepted(String number, Ticket ticket) implements HandOver {
    }

    /** Handed over before (a retry): nothing changed. */
    record AlreadyHere(String number, Ticket ticket) implements HandOver {
    }

    /** Not taken: the number is not in one of this kiosk's leases, or belongs to another ticket. */
    record Rejected(String number, String reason) implements HandOver {
    }
}
