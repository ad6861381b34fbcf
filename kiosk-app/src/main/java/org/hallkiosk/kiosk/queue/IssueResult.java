package org.hallkiosk.kiosk.queue;

/** The answer to a request for a ticket: issued with its place in line, or refused with the reason. */
public sealed interface IssueResult {

    /** A new ticket. */
    record Issued(Ticket ticket, Position position) implements IssueResult {
    }

    /** No ticket, and why. */
    record Refused(Refusal refusal) implements IssueResult {
    }
}
