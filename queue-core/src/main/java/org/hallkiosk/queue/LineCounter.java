package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * A line's numbering on one service day, read under a lock that lasts until the transaction ends: on PostgreSQL the
 * counter row's lock ({@code SELECT ... FOR UPDATE}), on SQLite the database's write lock. Every transaction that
 * numbers a ticket or leases numbers on a line takes it first, so two of them can never read the same last number;
 * {@code ticket_number_once} is the last guard.
 *
 * @param lastSequence the last number issued online today (0 before the first)
 * @param lastLeased   the last number of the line's lease range handed to a kiosk today, if any
 */
record LineCounter(String day, String prefix, int lastSequence, OptionalInt lastLeased) {

    /** Online numbers run from 1; a line that passes 999 goes on with four digits rather than repeat a number. */
    static final int LAST_NUMBER = 9999;
    /** Numbers from here up are leased to kiosks for issuing while the hall server is out of reach. */
    static final int FIRST_LEASED = 9000;

    /** Locks the line's counter for {@code day}, creating it at 0 when the day has none yet. */
    static LineCounter lock(Connection c, Dialect dialect, String day, String prefix) throws SQLException {
        LineCounter found = read(c, dialect.forUpdate(), day, prefix);
        if (found != null) {
            return found;
        }
        // Two transactions may both find no row: the insert of one waits for the other (PostgreSQL) or cannot
        // happen concurrently at all (SQLite); ON CONFLICT makes the loser's insert a no-op, and it then locks the row.
        TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES (?, ?, 0)"
                + " ON CONFLICT (service_day, line_prefix) DO NOTHING", day, prefix);
        return read(c, dialect.forUpdate(), day, prefix);
    }

    /** The line's counter without a lock, for display. */
    static LineCounter peek(Connection c, String day, String prefix) throws SQLException {
        LineCounter found = read(c, "", day, prefix);
        return found != null ? found : new LineCounter(day, prefix, 0, OptionalInt.empty());
    }

    private static LineCounter read(Connection c, String lock, String day, String prefix) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT last_sequence, last_leased FROM line_counter"
                + " WHERE service_day = ? AND line_prefix = ?" + lock)) {
            TicketRows.bind(p, day, prefix);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                int last = r.getInt(1);
                int leased = r.getInt(2);
                return new LineCounter(day, prefix, last, r.wasNull() ? OptionalInt.empty() : OptionalInt.of(leased));
            }
        }
    }

    /**
     * The highest number online issuing may use: up to 9999 while no kiosk holds a lease on the line today, and
     * below the lease range once one does.
     */
    int onlineLimit() {
        return lastLeased.isPresent() ? FIRST_LEASED - 1 : LAST_NUMBER;
    }

    boolean exhausted() {
        return lastSequence >= onlineLimit();
    }

    /** Records {@code sequence} as the last issued online. */
    void issued(Connection c, int sequence) throws SQLException {
        TicketRows.update(c, "UPDATE line_counter SET last_sequence = ? WHERE service_day = ? AND line_prefix = ?", sequence, day, prefix);
    }

    /** Records {@code last} as the end of the lease range handed out. */
    void leased(Connection c, int last) throws SQLException {
        TicketRows.update(c, "UPDATE line_counter SET last_leased = ? WHERE service_day = ? AND line_prefix = ?", last, day, prefix);
    }
}
