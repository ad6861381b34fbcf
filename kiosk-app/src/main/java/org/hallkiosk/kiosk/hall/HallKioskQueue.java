package org.hallkiosk.kiosk.hall;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.kiosk.queue.CardVisitor;
import org.hallkiosk.kiosk.queue.KioskQueue;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.ReprintQueue;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;
import org.hallkiosk.queue.WaitEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code queue.mode: hall}: the 取号 screens and {@code kioskctl ticket issue} on the hall server. Lines, waiting
 * counts and every rule come from the server while it answers; while it does not, the kiosk issues from its leased
 * numbers ({@link HallIssuer}) and shows the lines as it last knew them, with the hours rules applied from its own
 * catalogue. The kiosk's own {@code queue.db} holds the leases and offline tickets, and its identity key codes the
 * visitor's card exactly as the server's does.
 */
public final class HallKioskQueue implements KioskQueue {

    private static final Logger LOG = LoggerFactory.getLogger(HallKioskQueue.class);

    private final QueueServices local;
    private final HallClient client;
    private final HallIssuer issuer;
    private volatile List<LineSummary> known = List.of();
    private final Map<String, Integer> ownSinceKnown = new ConcurrentHashMap<>();

    public HallKioskQueue(QueueServices local, HallClient client, HallIssuer issuer) {
        this.local = local;
        this.client = client;
        this.issuer = issuer;
        issuer.offlineRules((line, visitor) -> offlineSummary(line).flatMap(LineSummary::notIssuing));
    }

    /** The hall queue for kiosk {@code device} (its kioskId) over its own database {@code local}. */
    public static HallKioskQueue open(QueueServices local, QueueMode mode, String device, Clock clock) {
        HallClient client = HallClient.of(mode.url().orElseThrow(), mode.token(), mode.timeout());
        HallIssuer issuer = new HallIssuer(client, local.db(), device, clock, new ServiceDay(local.settings().dayStartsAt(), clock.getZone()),
                new SecureRandom(), mode.leaseSize());
        return new HallKioskQueue(local, client, issuer);
    }

    /** The server's client (counter commands and the help button use the same address). */
    public HallClient client() {
        return client;
    }

    /** True unless the server's last answer is missing. */
    public boolean online() {
        return issuer.online();
    }

    /** Offline tickets not handed over yet. */
    public int pending() {
        return issuer.pending();
    }

    /**
     * Asks the server how the lines are; when it answers, hands over the offline tickets and tops up the leases.
     * The status lamp's check calls this every few seconds. Returns whether the server answered.
     */
    public boolean refresh() {
        if (!fetchLines()) {
            return false;
        }
        issuer.handOver();
        issuer.topUp(known.stream().map(s -> s.line().prefix()).toList());
        return issuer.online();
    }

    private boolean fetchLines() {
        JsonNode lines;
        try {
            lines = client.lines();
        } catch (HallUnavailableException e) {
            issuer.reachable(false);
            return false;
        }
        issuer.reachable(true);
        List<LineSummary> out = new ArrayList<>();
        for (JsonNode l : lines) {
            String prefix = l.get("prefix").asText();
            QueueLine line = local.desk().lines().line(prefix).orElseGet(() -> lineOf(l));
            Optional<Refusal> not = l.hasNonNull("notIssuing") ? Optional.of(remote(l.get("notIssuing"))) : Optional.empty();
            out.add(new LineSummary(line, l.path("waiting").asInt(), l.path("estimatedWaitMinutes").asInt(), not));
        }
        known = List.copyOf(out);
        ownSinceKnown.clear();
        return true;
    }

    @Override
    public List<LineSummary> summaries() {
        if (issuer.online() && fetchLines()) {
            return known;
        }
        List<LineSummary> out = new ArrayList<>();
        for (LineSummary s : base()) {
            offlineSummary(s.line().prefix()).ifPresent(out::add);
        }
        return out;
    }

    /** The lines as last known, or the catalogue's when the server never answered since start. */
    private List<LineSummary> base() {
        List<LineSummary> k = known;
        if (!k.isEmpty()) {
            return k;
        }
        return local.desk().lines().lines().stream().map(l -> new LineSummary(l, 0, 0, Optional.empty())).toList();
    }

    /**
     * A line while the server is away: last known counts plus the tickets this kiosk issued since; not issuing when its
     * hours (from this kiosk's catalogue) say so, or when the server last said the quota or the numbers ran out.
     */
    private Optional<LineSummary> offlineSummary(String prefix) {
        Optional<LineSummary> last = base().stream().filter(s -> s.line().prefix().equals(prefix)).findFirst();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        LineSummary s = last.get();
        Optional<Refusal> hours = local.desk().summary(s.line()).notIssuing()
                .filter(r -> r instanceof Refusal.ClosedToday || r instanceof Refusal.OutsideHours);
        Optional<Refusal> still = s.notIssuing().filter(r -> r.rule().equals("quota-reached") || r.rule().equals("numbers-exhausted"));
        int waiting = s.waiting() + ownSinceKnown.getOrDefault(prefix, 0);
        return Optional.of(new LineSummary(s.line(), waiting, estimate(s.line(), waiting), hours.or(() -> still)));
    }

    private static int estimate(QueueLine line, int ahead) {
        return WaitEstimate.waitMinutes(ahead, line.averageMinutes(), Math.max(1, line.windows().size()));
    }

    @Override
    public Optional<LineSummary> summary(String prefix) {
        return summaries().stream().filter(s -> s.line().prefix().equals(prefix)).findFirst();
    }

    @Override
    public Optional<QueueLine> line(String prefix) {
        Optional<QueueLine> l = local.desk().lines().line(prefix);
        return l.isPresent() ? l : known.stream().map(LineSummary::line).filter(q -> q.prefix().equals(prefix)).findFirst();
    }

    /** The line's waiting count and wait as the server last said (a senior's card may stand earlier than this). */
    @Override
    public Position projected(QueueLine line, Optional<Visitor> visitor) {
        return summary(line.prefix()).map(s -> new Position(s.waiting(), s.estimatedWaitMinutes())).orElse(new Position(0, 0));
    }

    @Override
    public Visitor visitor(IdCard card) {
        return CardVisitor.of(local.desk(), card);
    }

    @Override
    public IssueResult issue(String prefix, Optional<Visitor> visitor) {
        HallIssuer.Outcome o;
        try {
            o = issuer.issue(prefix, visitor, Optional.empty());
        } catch (HallRequestException e) {
            LOG.error("the hall server refused this kiosk's request ({} {}): {}", e.status(), e.code(), e.getMessage());
            return new IssueResult.Refused(new Refusal.HallUnreachable());
        }
        if (o instanceof HallIssuer.Online on) {
            ownSinceKnown.merge(prefix, 1, Integer::sum);
            remember(on.ticket());
            return new IssueResult.Issued(on.ticket(), on.position());
        }
        if (o instanceof HallIssuer.Offline off) {
            remember(off.ticket());
            int ahead = offlineSummary(prefix).map(LineSummary::waiting).orElse(0);
            ownSinceKnown.merge(prefix, 1, Integer::sum);
            QueueLine line = line(prefix).orElseThrow();
            return new IssueResult.Issued(off.ticket(), new Position(ahead, estimate(line, ahead)));
        }
        if (o instanceof HallIssuer.Refused r) {
            return new IssueResult.Refused(new Refusal.Remote(r.rule(), r.arguments()));
        }
        LOG.warn("no ticket on line {}: {}", prefix, ((HallIssuer.Unavailable) o).reason());
        return new IssueResult.Refused(new Refusal.HallUnreachable());
    }

    @Override
    public IssueResult checkIn(Visitor visitor) {
        return checkIn(Optional.empty(), Optional.of(visitor));
    }

    @Override
    public IssueResult checkIn(String scanned, Optional<Visitor> visitor) {
        return checkIn(Optional.of(scanned), visitor);
    }

    /** Only the server knows the bookings: offline, the visitor is sent to the desk (or takes a normal number). */
    private IssueResult checkIn(Optional<String> scanned, Optional<Visitor> visitor) {
        try {
            HallClient.IssueOutcome o = client.checkIn(scanned, UUID.randomUUID().toString(), visitor);
            issuer.reachable(true);
            if (o instanceof HallClient.Refused r) {
                return new IssueResult.Refused(new Refusal.Remote(r.rule(), r.arguments()));
            }
            HallClient.Issued ok = (HallClient.Issued) o;
            remember(ok.ticket());
            return new IssueResult.Issued(ok.ticket(), ok.position(), ok.replayed());
        } catch (HallUnavailableException e) {
            issuer.reachable(false);
            return new IssueResult.Refused(new Refusal.HallUnreachable());
        } catch (HallRequestException e) {
            LOG.error("the hall server refused this kiosk's check-in ({} {}): {}", e.status(), e.code(), e.getMessage());
            return new IssueResult.Refused(new Refusal.HallUnreachable());
        }
    }

    /**
     * Keeps a copy of a ticket this kiosk handed out in its own queue.db, so that 补打 (the reprint queue, which reads
     * the kiosk's ticket table) finds it when its paper did not come out. The copy carries no identity code; the masked
     * name goes with the day like every other. Marked {@code kiosk_id = 'hall'}: it is the hall's ticket, not a local one.
     */
    private void remember(Ticket t) {
        try {
            local.db().write(c -> {
                try (java.sql.PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO ticket (id, service_day, number, issued_on,"
                        + " sequence, line_prefix, state, priority, queue_position, eligible_at, issued_at, person_hash, masked_name,"
                        + " appointment_code, kiosk_id, window_no, misses, recalls, item_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, NULL, ?, NULL, 'hall', 0, 0, 0, ?)")) {
                    long at = t.issuedAt().toEpochMilli();
                    p.setString(1, t.id());
                    p.setString(2, t.serviceDay().toString());
                    p.setString(3, t.number());
                    p.setString(4, t.issuedOn());
                    p.setInt(5, t.sequence());
                    p.setString(6, t.line());
                    p.setInt(7, t.priority().rank());
                    p.setLong(8, at * 1000);
                    p.setLong(9, at);
                    p.setLong(10, at);
                    p.setString(11, t.maskedName().orElse(null));
                    p.setString(12, t.item().orElse(null));
                    p.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not keep a copy of {} for reprinting: {}", t.number(), e.getMessage());
        }
    }

    @Override
    public String statusUrl(Ticket ticket) {
        return local.desk().statusUrl(ticket);
    }

    @Override
    public Optional<Position> position(Ticket ticket) {
        return summary(ticket.line()).map(s -> new Position(s.waiting(), s.estimatedWaitMinutes()));
    }

    @Override
    public ReprintQueue reprints() {
        return local.reprints();
    }

    @Override
    public void forgetPastDays() {
        local.desk().forgetPastDays();
    }

    @Override
    public void close() {
        local.close();
    }

    private static Refusal remote(JsonNode r) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : r.path("arguments")) {
            args.add(a.isNumber() ? (Object) a.numberValue() : a.asText());
        }
        return new Refusal.Remote(r.path("rule").asText(), args);
    }

    private static QueueLine lineOf(JsonNode l) {
        List<Integer> windows = new ArrayList<>();
        l.path("windows").forEach(w -> windows.add(w.asInt()));
        return new QueueLine(l.get("prefix").asText(), l.path("name").asText(l.get("prefix").asText()), windows, 0, 10, 0,
                l.path("note").asText(""));
    }
}
