package org.hallkiosk.queue;

/** Where a ticket is in its day. */
public enum TicketState {
    /** In line (also after a transfer, or back in line after a miss). */
    WAITING,
    /** Called to a window; the visitor is on the way or being served. */
    CALLED,
    /** Served. */
    DONE,
    /** Missed and void (过号作废). */
    VOID;

    /** True while the ticket still holds a place: waiting or at a window. */
    public boolean isOpen() {
        return this == WAITING || this == CALLED;
    }
}
