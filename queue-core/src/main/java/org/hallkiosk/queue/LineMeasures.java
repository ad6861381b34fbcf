package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How busy a line is, read from the queue tables: what the estimates and the closing-soon rule are computed from. */
final class LineMeasures {

    private final QueueSettings settings;

    LineMeasures(QueueSettings settings) {
        this.settings = settings;
    }

    int waiting(Connection c, String day, String prefix) throws SQLException {
        return (int) TicketRows.longValue(c,
                "SELECT COUNT(*) FROM ticket WHERE service_day = ? AND line_prefix = ? AND state = 'WAITING'", day, prefix);
    }

    /** The moving average of the line's recent service times, in minutes. */
    double averageMinutes(Connection c, QueueLine line) throws SQLException {
        List<Integer> seconds = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seconds FROM service_sample WHERE line_prefix = ? ORDER BY finished_at DESC LIMIT ?")) {
            TicketRows.bind(p, line.prefix(), settings.serviceSamples());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    seconds.add(r.getInt(1));
                }
            }
        }
        return WaitEstimate.averageMinutes(seconds, line.averageMinutes());
    }

    /** Windows that called the line's tickets recently; before any has, the windows lines.yaml gives it. */
    int windows(Connection c, QueueLine line, Instant now) throws SQLException {
        long since = now.minus(Duration.ofMinutes(settings.activeWindowMinutes())).toEpochMilli();
        int active = (int) TicketRows.longValue(c, "SELECT COUNT(DISTINCT window_no) FROM ticket_event"
                + " WHERE line_prefix = ? AND kind = 'CALLED' AND at_time >= ?", line.prefix(), since);
        return active > 0 ? active : Math.max(1, line.windows().size());
    }

    /** Where {@code t} stands in its line: the waiting tickets with a higher rank, or the same rank and an earlier place. */
    Position position(Connection c, Ticket t, QueueLine line, Instant now) throws SQLException {
        if (t.state() != TicketState.WAITING) {
            return new Position(0, 0);
        }
        long place = TicketRows.queuePosition(c, t.id());
        int rank = t.priority().rank();
        int ahead = (int) TicketRows.longValue(c, "SELECT COUNT(*) FROM ticket WHERE service_day = ? AND line_prefix = ?"
                        + " AND state = 'WAITING' AND id <> ? AND (priority > ? OR (priority = ? AND queue_position < ?))",
                t.serviceDay().toString(), t.line(), t.id(), rank, rank, place);
        return new Position(ahead, WaitEstimate.waitMinutes(ahead, averageMinutes(c, line), windows(c, line, now)));
    }
}
