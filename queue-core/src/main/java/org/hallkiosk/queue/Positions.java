package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A ticket's place in the day's order of joining ({@code queue_position}): equal priorities are called in this order.
 *
 * <p>Places are times — epoch milliseconds × 1000 — so that a ticket a kiosk issued offline and handed over later
 * takes the place its real issue time gives it among the others. A new place is never below the day's highest, so
 * that tickets joining in the same millisecond still keep their order.
 */
final class Positions {

    /** Places per millisecond: room for tickets joining in the same millisecond. */
    static final long PER_MILLI = 1000;

    private Positions() {
    }

    /** The place at the end of the day's order, now. */
    static long atEnd(Connection c, String day, Instant now) throws SQLException {
        long highest = TicketRows.longValue(c, "SELECT COALESCE(MAX(queue_position), 0) FROM ticket WHERE service_day = ?", day);
        return Math.max(now.toEpochMilli() * PER_MILLI, highest + 1);
    }

    /** A place before every ticket of the day. */
    static long atFront(Connection c, String day, Instant now) throws SQLException {
        long lowest = TicketRows.longValue(c, "SELECT COALESCE(MIN(queue_position), ?) FROM ticket WHERE service_day = ?",
                now.toEpochMilli() * PER_MILLI, day);
        return lowest - 1;
    }

    /** The place of a ticket issued at {@code issuedAt} (handed over later), {@code tie} keeping same-millisecond tickets apart. */
    static long at(Instant issuedAt, int tie) {
        return issuedAt.toEpochMilli() * PER_MILLI + Math.floorMod(tie, (int) PER_MILLI);
    }
}
