package org.hallkiosk.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue ticket as stored. It keeps its number for the day even when transferred to another line.
 *
 * @param id          the ticket's public id, printed in its QR code: day, number and a random tail
 * @param number      e.g. {@code A007}: the issuing line's prefix and the day's sequence, at least three digits
 * @param issuedOn    the prefix of the line that issued the number
 * @param line        the prefix of the line it waits in now (differs from {@code issuedOn} after a transfer)
 * @param maskedName  the holder's name masked (张*三) when taken with an ID card; never the full name
 * @param window      the window it was last called to, 0 if never
 * @param misses      times it was called and not answered
 * @param item        the code of the catalogue item the visitor chose before taking the ticket, if any
 */
public record Ticket(String id, LocalDate serviceDay, String number, String issuedOn, int sequence, String line,
                     TicketState state, Priority priority, Instant issuedAt, Optional<String> maskedName,
                     int window, Optional<Instant> calledAt, int misses, Optional<String> item) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(calledAt, "calledAt");
        Objects.requireNonNull(item, "item");
    }

    /** A ticket taken without choosing an item first. */
    public Ticket(String id, LocalDate serviceDay, String number, String issuedOn, int sequence, String line,
                  TicketState state, Priority priority, Instant issuedAt, Optional<String> maskedName,
                  int window, Optional<Instant> calledAt, int misses) {
        this(id, serviceDay, number, issuedOn, sequence, line, state, priority, issuedAt, maskedName, window, calledAt,
                misses, Optional.empty());
    }

    /** The printed number of a sequence on a line: prefix and at least three digits (A007, A1000). */
    public static String number(String prefix, int sequence) {
        return prefix + String.format("%03d", sequence);
    }
}
