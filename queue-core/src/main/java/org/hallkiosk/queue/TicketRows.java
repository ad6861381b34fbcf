package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading tickets from rows, and the few queries every part of the queue shares. */
final class TicketRows {

    static final String COLUMNS = "id, service_day, number, issued_on, sequence, line_prefix, state, priority, issued_at,"
            + " masked_name, window_no, called_at, misses, queue_position, item_code";

    private TicketRows() {
    }

    static Ticket read(ResultSet r) throws SQLException {
        long called = r.getLong("called_at");
        Optional<Instant> calledAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(called));
        return new Ticket(r.getString("id"), LocalDate.parse(r.getString("service_day")), r.getString("number"),
                r.getString("issued_on"), r.getInt("sequence"), r.getString("line_prefix"),
                TicketState.valueOf(r.getString("state")), Priority.ofRank(r.getInt("priority")),
                Instant.ofEpochMilli(r.getLong("issued_at")), Optional.ofNullable(r.getString("masked_name")),
                r.getInt("window_no"), calledAt, r.getInt("misses"), Optional.ofNullable(r.getString("item_code")));
    }

    static Optional<Ticket> one(Connection c, String where, Object... args) throws SQLException {
        List<Ticket> list = list(c, where, args);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    static List<Ticket> list(Connection c, String whereAndOrder, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM ticket WHERE " + whereAndOrder)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                List<Ticket> out = new ArrayList<>();
                while (r.next()) {
                    out.add(read(r));
                }
                return out;
            }
        }
    }

    static long queuePosition(Connection c, String ticketId) throws SQLException {
        return longValue(c, "SELECT queue_position FROM ticket WHERE id = ?", ticketId);
    }

    static long longValue(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** The first column of the first row, or {@code otherwise} when there is no row. */
    static long longValueOr(Connection c, long otherwise, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : otherwise;
            }
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            return p.executeUpdate();
        }
    }

    static void event(Connection c, Ticket t, String line, String kind, int window, Instant at) throws SQLException {
        event(c, t, line, kind, window, at, Optional.empty());
    }

    /** Records what a window did to a ticket, and who at the window did it (工号), if given. */
    static void event(Connection c, Ticket t, String line, String kind, int window, Instant at, Optional<String> staff) throws SQLException {
        update(c, "INSERT INTO ticket_event (ticket_id, service_day, line_prefix, kind, window_no, at_time, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.serviceDay().toString(), line, kind, window, at.toEpochMilli(), staff.orElse(null));
    }

    static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                p.setNull(i + 1, java.sql.Types.VARCHAR);
            } else if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                p.setLong(i + 1, n);
            } else {
                p.setString(i + 1, a.toString());
            }
        }
    }
}
