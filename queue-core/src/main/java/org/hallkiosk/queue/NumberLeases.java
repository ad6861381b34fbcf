package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers leased to hall kiosks in advance, so that a kiosk keeps issuing when the hall server is out of reach, and
 * the hand-over of what it issued meanwhile.
 *
 * <p>Each line's numbers split in two ranges for the day: online tickets count up from 001; leases are blocks
 * carved in order from {@value LineCounter#FIRST_LEASED} up (A9000–A9019 to one kiosk, A9020–A9039 to the next).
 * Online numbering therefore stays consecutive with no gaps a visitor would notice, and an offline ticket's
 * four-digit 9xxx number tells staff where it came from. A block is carved under the line's counter lock, so two
 * kiosks never get the same number; {@code ticket_number_once} is the last guard.
 *
 * <p>Handed-over tickets join the queue at the place their real issue time gives them: counters call them in the
 * order visitors took them, online or not.
 */
public final class NumberLeases {

    /** The most numbers one request may lease. */
    public static final int MAX_BLOCK = 100;
    private static final Pattern NUMBER = Pattern.compile("([A-Z]{1,2})(\\d{3,4})");
    private static final String ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final QueueDatabase db;
    private final LineCatalogue lines;
    private final Clock clock;
    private final ServiceDay serviceDay;
    private final SecureRandom random;

    public NumberLeases(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, SecureRandom random) {
        this.db = Objects.requireNonNull(db, "db");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.serviceDay = new ServiceDay(settings.dayStartsAt(), clock.getZone());
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Grants {@code size} numbers of {@code prefix}'s line for today to the kiosk of {@code origin}; the same
     * request id returns the same block.
     */
    public NumberLease grant(Origin origin, String prefix, int size) {
        String requestId = origin.requestId().orElseThrow(() -> new LeaseException("a lease request needs a request id"));
        QueueLine line = lines.line(prefix).orElseThrow(() -> new LeaseException("no business line '" + prefix + "'"));
        if (size < 1 || size > MAX_BLOCK) {
            throw new LeaseException("a lease is 1 to " + MAX_BLOCK + " numbers, not " + size);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = serviceDay.of(now);
        return db.write(c -> {
            LineCounter counter = LineCounter.lock(c, db.dialect(), day.toString(), line.prefix());
            Optional<NumberLease> earlier = list(c, "device = ? AND request_id = ?", origin.device(), requestId).stream().findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (counter.lastSequence() >= LineCounter.FIRST_LEASED) {
                throw new LeaseException("line " + line.prefix() + " has issued " + counter.lastSequence()
                        + " numbers online today, into the lease range; no lease until tomorrow");
            }
            int first = counter.lastLeased().orElse(LineCounter.FIRST_LEASED - 1) + 1;
            if (first > LineCounter.LAST_NUMBER) {
                throw new LeaseException("every lease number of line " + line.prefix() + " has been handed out today");
            }
            int last = Math.min(first + size - 1, LineCounter.LAST_NUMBER);
            NumberLease lease = new NumberLease(leaseId(), origin.device(), day, line.prefix(), first, last, now);
            TicketRows.update(c, "INSERT INTO number_lease (id, device, request_id, service_day, line_prefix, first_sequence,"
                            + " last_sequence, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    lease.id(), lease.device(), requestId, day.toString(), line.prefix(), first, last, now.toEpochMilli());
            counter.leased(c, last);
            return lease;
        });
    }

    /** The kiosk's leases of today, oldest first. */
    public List<NumberLease> of(String device) {
        String day = serviceDay.today(clock).toString();
        return db.read(c -> list(c, "device = ? AND service_day = ? ORDER BY granted_at, first_sequence", device, day));
    }

    /** One lease by id. */
    public Optional<NumberLease> lease(String id) {
        return db.read(c -> list(c, "id = ?", id).stream().findFirst());
    }

    /**
     * Takes the tickets {@code device} issued offline into the queue. Each must carry a number of one of the
     * device's leases; a ticket handed over before is reported as such and left alone, so the hand-over can simply
     * be repeated until it succeeds. The rules that refuse a ticket (quota, hours, one per person) are not applied:
     * the visitor already holds the paper.
     */
    public List<HandOver> handOver(String device, List<OfflineTicket> tickets) {
        Instant now = clock.instant();
        try {
            return db.write(c -> handOver(c, device, tickets, now));
        } catch (QueueStoreException e) {
            if (e.getCause() instanceof SQLException s && db.dialect().isUniqueViolation(s)) {
                // The same hand-over ran at the same moment (a retry overtaking the first try): run it again and
                // report what the other one stored.
                return db.write(c -> handOver(c, device, tickets, now));
            }
            throw e;
        }
    }

    private List<HandOver> handOver(Connection c, String device, List<OfflineTicket> tickets, Instant now) throws SQLException {
        List<HandOver> out = new ArrayList<>();
        for (OfflineTicket t : tickets) {
            out.add(one(c, device, t, now));
        }
        return out;
    }

    private HandOver one(Connection c, String device, OfflineTicket t, Instant now) throws SQLException {
        Optional<NumberLease> found = list(c, "id = ?", t.leaseId()).stream().findFirst();
        if (found.isEmpty() || !found.get().device().equals(device)) {
            return new HandOver.Rejected(t.number(), "lease " + t.leaseId() + " is not one of " + device + "'s leases");
        }
        NumberLease lease = found.get();
        Matcher m = NUMBER.matcher(t.number());
        if (!m.matches() || !m.group(1).equals(lease.line()) || !lease.covers(Integer.parseInt(m.group(2)))) {
            return new HandOver.Rejected(t.number(), t.number() + " is not in lease " + lease.numbers());
        }
        int sequence = Integer.parseInt(m.group(2));
        String day = lease.serviceDay().toString();
        Optional<Ticket> existing = TicketRows.one(c, "service_day = ? AND number = ?", day, t.number());
        if (existing.isPresent()) {
            return existing.get().id().equals(t.id()) ? new HandOver.AlreadyHere(t.number(), existing.get())
                    : new HandOver.Rejected(t.number(), t.number() + " was handed over before with another ticket id");
        }
        // The kiosk's clock may run ahead of the server's; a ticket cannot have been issued after it arrived, nor
        // before its lease was granted.
        Instant issued = t.issuedAt().isAfter(now) ? now : t.issuedAt().isBefore(lease.grantedAt()) ? lease.grantedAt() : t.issuedAt();
        Priority priority = t.visitor().map(Visitor::elder).orElse(false) ? Priority.ELDER : Priority.NORMAL;
        TicketRows.update(c, "INSERT INTO ticket (id, service_day, number, issued_on, sequence, line_prefix, state, priority,"
                        + " queue_position, eligible_at, issued_at, person_hash, masked_name, appointment_code, kiosk_id,"
                        + " window_no, misses, recalls, item_code, lease_id) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?, NULL, ?, 0, 0, 0, ?, ?)",
                t.id(), day, t.number(), lease.line(), sequence, lease.line(), priority.rank(), Positions.at(issued, sequence),
                issued.toEpochMilli(), issued.toEpochMilli(), t.visitor().map(Visitor::personHash).orElse(null),
                t.visitor().map(Visitor::maskedName).orElse(null), device, t.item().orElse(null), lease.id());
        if (t.supersedes().isPresent()) {
            // The timed-out online request may have been issued after all: nobody holds that ticket, so it is void.
            TicketRows.update(c, "UPDATE ticket SET state = 'VOID', finished_at = ? WHERE state = 'WAITING' AND id ="
                    + " (SELECT ticket_id FROM issue_request WHERE device = ? AND request_id = ?)", now.toEpochMilli(), device, t.supersedes().get());
        }
        return new HandOver.Accepted(t.number(), TicketRows.one(c, "id = ?", t.id()).orElseThrow());
    }

    private static List<NumberLease> list(Connection c, String where, Object... args) throws SQLException {
        List<NumberLease> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, device, service_day, line_prefix, first_sequence, last_sequence,"
                + " granted_at FROM number_lease WHERE " + where)) {
            TicketRows.bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new NumberLease(r.getString(1), r.getString(2), LocalDate.parse(r.getString(3)), r.getString(4),
                            r.getInt(5), r.getInt(6), Instant.ofEpochMilli(r.getLong(7))));
                }
            }
        }
        return out;
    }

    private String leaseId() {
        StringBuilder id = new StringBuilder("L");
        for (int i = 0; i < 15; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
