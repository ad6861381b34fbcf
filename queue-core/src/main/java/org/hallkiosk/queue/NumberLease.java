package org.hallkiosk.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A block of a line's numbers granted to one kiosk for one service day, for issuing while the hall server is out of
 * reach: e.g. A9000–A9019. Nobody else issues these numbers, so the kiosk may print them without asking.
 *
 * @param first the first sequence of the block (9000 for A9000)
 * @param last  the last sequence, inclusive
 */
public record NumberLease(String id, String device, LocalDate serviceDay, String line, int first, int last, Instant grantedAt) {

    public NumberLease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(serviceDay, "serviceDay");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (first > last) {
            throw new IllegalArgumentException("a lease's first number comes before its last: " + first + "-" + last);
        }
    }

    /** How many numbers the block holds. */
    public int size() {
        return last - first + 1;
    }

    /** True when {@code sequence} is one of the block's numbers. */
    public boolean covers(int sequence) {
        return sequence >= first && sequence <= last;
    }

    /** The printed numbers, e.g. "A9000-A9019". */
    public String numbers() {
        return Ticket.number(line, first) + "-" + Ticket.number(line, last);
    }
}
