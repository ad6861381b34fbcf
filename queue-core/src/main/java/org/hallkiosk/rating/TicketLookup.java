package org.hallkiosk.rating;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the ticket a visitor wants to rate from what they give: the number typed (A007, today's), the ticket's id, or
 * the ticket's QR code (the queue-status URL ending in the id).
 */
final class TicketLookup {

    /** A ticket as the rating rules need it. */
    record Found(String id, String number, LocalDate serviceDay, String state, String line, int window,
                 Optional<String> item, Optional<Instant> finishedAt, Optional<String> staffId) {
    }

    private TicketLookup() {
    }

    /** The id or number inside what was scanned or typed. */
    static String key(String scannedOrTyped) {
        String s = scannedOrTyped == null ? "" : scannedOrTyped.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int query = s.indexOf('?');
        if (query >= 0) {
            s = s.substring(0, query);
        }
        return s.matches("(?i)[a-z]{1,2}\\d{3,5}") ? s.toUpperCase(Locale.ROOT) : s;
    }

    static Optional<Found> find(Connection c, String key, LocalDate today) throws SQLException {
        List<Found> found = Sql.list(c, "SELECT id, number, service_day, state, line_prefix, window_no, item_code, finished_at, staff_id FROM ticket"
                + " WHERE id = ? OR (service_day = ? AND number = ?)", r -> {
                    Long finished = Sql.nullableLong(r, "finished_at");
                    return new Found(r.getString("id"), r.getString("number"), LocalDate.parse(r.getString("service_day")),
                            r.getString("state"), r.getString("line_prefix"), r.getInt("window_no"),
                            Optional.ofNullable(r.getString("item_code")), Optional.ofNullable(finished).map(Instant::ofEpochMilli),
                            Optional.ofNullable(r.getString("staff_id")));
                }, key, today.toString(), key);
        return found.stream().findFirst();
    }
}
