package org.hallkiosk.queue;

/** The answer to a request for a ticket: issued with its place in line, or refused with the reason. */
public sealed interface IssueResult {

    /**
     * A ticket and its place now.
     *
     * @param replayed true when the request id had been seen before: the ticket is the one issued then, not a new one
     */
    record Issued(Ticket ticket, Position position, boolean replayed) implements IssueResult {

        /** A newly issued ticket. */
        public Issued(Ticket ticket, Position position) {
            this(ticket, position, false);
        }
    }

    /** No ticket, and why. */
    record Refused(Refusal refusal) implements IssueResult {
    }
}
