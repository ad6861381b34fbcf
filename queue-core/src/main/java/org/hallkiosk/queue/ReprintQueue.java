package org.hallkiosk.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tickets whose paper did not come out (paper out, cover open, printer offline): they are valid all the same, and
 * staff reprint them from admin (补打) or with {@code kioskctl ticket reprint}. Only today's tickets are offered;
 * yesterday's numbers are void anyway.
 */
public final class ReprintQueue {

    /** A ticket waiting for its paper. */
    public record Reprint(Ticket ticket, String reason, Instant queuedAt) {
    }

    private final QueueDatabase db;
    private final Clock clock;
    private final ServiceDay serviceDay;

    public ReprintQueue(QueueDatabase db, QueueSettings settings, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.serviceDay = new ServiceDay(settings.dayStartsAt(), clock.getZone());
    }

    /** Queues {@code ticketId} for reprinting because of {@code reason} (queued again if it failed before). */
    public void add(String ticketId, String reason) {
        long now = clock.millis();
        String why = reason.length() > 200 ? reason.substring(0, 200) : reason;
        db.write(c -> {
            if (TicketRows.update(c, "UPDATE reprint SET reason = ?, queued_at = ?, printed_at = NULL WHERE ticket_id = ?", why, now, ticketId) == 0) {
                TicketRows.update(c, "INSERT INTO reprint (ticket_id, reason, queued_at) VALUES (?, ?, ?)", ticketId, why, now);
            }
            return null;
        });
    }

    /** Today's tickets still waiting for paper, oldest first. */
    public List<Reprint> pending() {
        String day = serviceDay.today(clock).toString();
        return db.read(c -> {
            List<Reprint> out = new ArrayList<>();
            String sql = "SELECT r.reason, r.queued_at, " + qualified() + " FROM reprint r JOIN ticket t ON t.id = r.ticket_id"
                    + " WHERE r.printed_at IS NULL AND t.service_day = ? ORDER BY r.queued_at, t.number";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, day);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Reprint(TicketRows.read(r), r.getString("reason"), Instant.ofEpochMilli(r.getLong("queued_at"))));
                    }
                }
            }
            return out;
        });
    }

    /** The ticket's paper has come out. */
    public void printed(String ticketId) {
        long now = clock.millis();
        db.write(c -> TicketRows.update(c, "UPDATE reprint SET printed_at = ? WHERE ticket_id = ?", now, ticketId));
    }

    private static String qualified() {
        StringBuilder sb = new StringBuilder();
        for (String col : TicketRows.COLUMNS.split(",\\s*")) {
            sb.append(sb.length() == 0 ? "" : ", ").append("t.").append(col);
        }
        return sb.toString();
    }
}
