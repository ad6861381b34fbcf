package org.hallkiosk.kiosk.hall;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hallkiosk.queue.NumberLease;
import org.hallkiosk.queue.OfflineTicket;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketState;
import org.hallkiosk.queue.Visitor;

/**
 * Issues tickets for a kiosk of a hall: through the hall server while it answers; from the numbers the server leased
 * to this kiosk in advance while it does not; and hands the offline tickets over when it answers again. Leases and
 * offline tickets are kept in the kiosk's own database, committed before the ticket is shown, so a kiosk restarted
 * mid-outage neither reuses a number nor forgets a ticket to hand over.
 *
 * <p>A request that timed out may still have reached the server. The offline ticket issued instead names that
 * request ({@code supersedes}); the hand-over voids the server's ticket for it, which nobody holds.
 */
public final class HallIssuer {

    /** What issuing did. */
    public sealed interface Outcome {
    }

    /** Issued by the server. */
    public record Online(Ticket ticket, Position position) implements Outcome {
    }

    /** The server did not answer: issued from this kiosk's lease, to be handed over later. */
    public record Offline(Ticket ticket) implements Outcome {
    }

    /** A queue rule refused, as the server said. */
    public record Refused(String rule, List<Object> arguments) implements Outcome {
    }

    /** The server did not answer and no leased number of the line is left. */
    public record Unavailable(String reason) implements Outcome {
    }

    private static final String ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final HallClient client;
    private final QueueDatabase local;
    private final String device;
    private final Clock clock;
    private final ServiceDay serviceDay;
    private final SecureRandom random;
    private final int leaseSize;
    /** While the server is known to be away, issuing asks it again at most this often (the link probes meanwhile). */
    static final java.time.Duration RETRY = java.time.Duration.ofSeconds(10);

    /** Rules a kiosk can still apply offline: the line's hours, one ticket per card; empty means issue. */
    public interface OfflineRules {
        /** Why no ticket may be issued offline on {@code line} now, if so. */
        Optional<org.hallkiosk.queue.Refusal> check(String line, Optional<Visitor> visitor);

        /** No rules. */
        OfflineRules NONE = (line, visitor) -> Optional.empty();
    }

    private volatile boolean online = true;
    private volatile Instant lastFailure = Instant.MIN;
    private volatile OfflineRules offlineRules = OfflineRules.NONE;

    /**
     * @param local     the kiosk's own database (its queue.db): leases and offline tickets live there
     * @param device    this kiosk's device name at the hall server
     * @param leaseSize numbers to lease per line at a time; a new block is asked for when fewer than half remain
     */
    public HallIssuer(HallClient client, QueueDatabase local, String device, Clock clock, ServiceDay serviceDay,
                      SecureRandom random, int leaseSize) {
        this.client = client;
        this.local = local;
        this.device = device;
        this.clock = clock;
        this.serviceDay = serviceDay;
        this.random = random;
        this.leaseSize = leaseSize;
    }

    /** True unless the last request to the server went unanswered: what admin and the status lamp show. */
    public boolean online() {
        return online;
    }

    /** The rules to apply while issuing offline. */
    public void offlineRules(OfflineRules rules) {
        this.offlineRules = rules;
    }

    /** Whether the server just answered: the link's probe reports here. */
    void reachable(boolean answered) {
        online = answered;
        if (!answered) {
            lastFailure = clock.instant();
        }
    }

    /** The kiosk's own database, where leases and offline tickets live. */
    QueueDatabase local() {
        return local;
    }

    /** Issues a ticket on {@code line}: online if the server answers, else from the lease. */
    public Outcome issue(String line, Optional<Visitor> visitor, Optional<String> item) {
        String requestId = UUID.randomUUID().toString();
        if (!online && clock.instant().isBefore(lastFailure.plus(RETRY))) {
            return offlineUnlessRefused(line, visitor, item, null); // no visitor waits for a timeout we expect
        }
        try {
            HallClient.IssueOutcome r = client.issue(line, requestId, visitor, item);
            online = true;
            if (r instanceof HallClient.Refused refused) {
                return new Refused(refused.rule(), refused.arguments());
            }
            HallClient.Issued issued = (HallClient.Issued) r;
            return new Online(issued.ticket(), issued.position());
        } catch (HallUnavailableException e) {
            reachable(false);
            return offlineUnlessRefused(line, visitor, item, requestId);
        }
    }

    private Outcome offlineUnlessRefused(String line, Optional<Visitor> visitor, Optional<String> item, String supersedes) {
        Optional<org.hallkiosk.queue.Refusal> no = offlineRules.check(line, visitor);
        if (no.isPresent()) {
            return new Refused(no.get().rule(), no.get().arguments());
        }
        return offline(line, visitor, item, supersedes);
    }

    private Outcome offline(String line, Optional<Visitor> visitor, Optional<String> item, String supersedes) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = serviceDay.of(now);
        return local.write(c -> {
            Optional<int[]> free = freeNumber(c, day, line);
            if (free.isEmpty()) {
                return new Unavailable("the hall server does not answer and no leased number of line " + line + " is left");
            }
            String leaseId = leaseIdOf(c, day, line, free.get()[0]);
            int sequence = free.get()[0];
            String number = Ticket.number(line, sequence);
            String id = ticketId(day, number);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO offline_ticket (id, lease_id, service_day, line_prefix, number, sequence,"
                    + " issued_at, person_hash, masked_name, elder, item_code, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, id);
                p.setString(2, leaseId);
                p.setString(3, day.toString());
                p.setString(4, line);
                p.setString(5, number);
                p.setInt(6, sequence);
                p.setLong(7, now.toEpochMilli());
                p.setString(8, visitor.map(Visitor::personHash).orElse(null));
                p.setString(9, visitor.map(Visitor::maskedName).orElse(null));
                p.setInt(10, visitor.map(Visitor::elder).orElse(false) ? 1 : 0);
                p.setString(11, item.orElse(null));
                p.setString(12, supersedes);
                p.executeUpdate();
            }
            Priority priority = visitor.map(Visitor::elder).orElse(false) ? Priority.ELDER : Priority.NORMAL;
            return new Offline(new Ticket(id, day, number, line, sequence, line, TicketState.WAITING, priority, now,
                    visitor.map(Visitor::maskedName), 0, Optional.empty(), 0, item));
        });
    }

    /**
     * Leases a new block for each of {@code lines} that has fewer than half a block of today's numbers left; a
     * server that does not answer is left for the next time. Returns the blocks leased.
     */
    public List<NumberLease> topUp(List<String> lines) {
        List<NumberLease> out = new ArrayList<>();
        LocalDate day = serviceDay.today(clock);
        for (String line : lines) {
            int left = local.read(c -> remaining(c, day, line));
            if (left * 2 >= leaseSize) {
                continue;
            }
            try {
                NumberLease lease = client.lease(line, leaseSize, UUID.randomUUID().toString());
                online = true;
                local.write(c -> {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO number_lease (id, device, request_id, service_day, line_prefix,"
                            + " first_sequence, last_sequence, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        p.setString(1, lease.id());
                        p.setString(2, device);
                        p.setString(3, lease.id());
                        p.setString(4, lease.serviceDay().toString());
                        p.setString(5, lease.line());
                        p.setInt(6, lease.first());
                        p.setInt(7, lease.last());
                        p.setLong(8, lease.grantedAt().toEpochMilli());
                        p.executeUpdate();
                    }
                    return null;
                });
                out.add(lease);
            } catch (HallUnavailableException e) {
                reachable(false);
                return out;
            }
        }
        return out;
    }

    /** Offline tickets not yet handed over. */
    public int pending() {
        return local.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM offline_ticket WHERE handed_over_at IS NULL");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /**
     * Hands every offline ticket not yet handed over to the server, oldest first; safe to call again and again (the
     * server reports tickets it already has). Returns what the server said, empty when it does not answer.
     */
    public List<HallClient.HandOverResult> handOver() {
        List<OfflineTicket> tickets = local.read(this::unhanded);
        if (tickets.isEmpty()) {
            return List.of();
        }
        List<HallClient.HandOverResult> results;
        try {
            results = client.handOver(tickets);
            online = true;
        } catch (HallUnavailableException e) {
            reachable(false);
            return List.of();
        }
        long now = clock.millis();
        local.write(c -> {
            for (HallClient.HandOverResult r : results) {
                try (PreparedStatement p = c.prepareStatement("UPDATE offline_ticket SET handed_over_at = ?, outcome = ? WHERE number = ?"
                        + " AND handed_over_at IS NULL")) {
                    p.setLong(1, now);
                    p.setString(2, r.outcome() + r.reason().map(x -> ": " + x).orElse(""));
                    p.setString(3, r.number());
                    p.executeUpdate();
                }
            }
            return null;
        });
        return results;
    }

    private List<OfflineTicket> unhanded(Connection c) throws SQLException {
        List<OfflineTicket> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT lease_id, id, number, issued_at, person_hash, masked_name, elder, item_code,"
                + " supersedes FROM offline_ticket WHERE handed_over_at IS NULL ORDER BY issued_at, number");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String hash = r.getString(5);
                Optional<Visitor> visitor = hash == null ? Optional.empty()
                        : Optional.of(new Visitor(hash, r.getString(6) == null ? "*" : r.getString(6), r.getInt(7) != 0));
                out.add(new OfflineTicket(r.getString(1), r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)), visitor,
                        Optional.ofNullable(r.getString(8)), Optional.ofNullable(r.getString(9))));
            }
        }
        return out;
    }

    /** The next unused number of today's leases of {@code line}: {sequence}. */
    private static Optional<int[]> freeNumber(Connection c, LocalDate day, String line) throws SQLException {
        for (int[] lease : leases(c, day, line)) {
            if (lease[2] <= lease[1]) {
                return Optional.of(new int[] {lease[2]});
            }
        }
        return Optional.empty();
    }

    private static int remaining(Connection c, LocalDate day, String line) throws SQLException {
        int left = 0;
        for (int[] lease : leases(c, day, line)) {
            left += Math.max(0, lease[1] - lease[2] + 1);
        }
        return left;
    }

    /** Today's leases of a line: {first, last, next unused}. */
    private static List<int[]> leases(Connection c, LocalDate day, String line) throws SQLException {
        List<int[]> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT l.first_sequence, l.last_sequence, (SELECT MAX(t.sequence) FROM offline_ticket t"
                + " WHERE t.lease_id = l.id) FROM number_lease l WHERE l.service_day = ? AND l.line_prefix = ? ORDER BY l.first_sequence")) {
            p.setString(1, day.toString());
            p.setString(2, line);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int first = r.getInt(1);
                    int last = r.getInt(2);
                    int used = r.getInt(3);
                    boolean none = r.wasNull();
                    out.add(new int[] {first, last, none ? first : used + 1});
                }
            }
        }
        return out;
    }

    private static String leaseIdOf(Connection c, LocalDate day, String line, int sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM number_lease WHERE service_day = ? AND line_prefix = ?"
                + " AND first_sequence <= ? AND last_sequence >= ?")) {
            p.setString(1, day.toString());
            p.setString(2, line);
            p.setInt(3, sequence);
            p.setInt(4, sequence);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no lease holds " + line + sequence);
                }
                return r.getString(1);
            }
        }
    }

    private String ticketId(LocalDate day, String number) {
        StringBuilder id = new StringBuilder(day.format(ID_DAY)).append(number);
        for (int i = 0; i < 4; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
