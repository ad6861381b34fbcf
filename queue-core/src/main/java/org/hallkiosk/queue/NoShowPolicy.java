package org.hallkiosk.queue;

/** What happens to a ticket whose holder did not come when called (过号). */
public enum NoShowPolicy {
    /** The number is void; the visitor takes a new one (过号作废). */
    VOID,
    /** The ticket goes back to the end of its line after a pause, a limited number of times. */
    REQUEUE
}
