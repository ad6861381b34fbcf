package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.privacy.IdentityKey;

/**
 * Issues tickets: checks the line's rules, numbers the ticket and stores it in one durable transaction, and tells
 * the visitor their place. Safe to use from several threads and from several processes on one database.
 */
public final class TicketDesk {

    /** Numbers have at least three digits (A001); a line that passes A999 goes on with A1000 rather than repeat a number. */
    static final int LAST_NUMBER = LineCounter.LAST_NUMBER;
    private static final String ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final org.hallkiosk.privacy.ContactSeal seal;
    private final QueueDatabase db;
    private final LineCatalogue lines;
    private final QueueSettings settings;
    private final Clock clock;
    private final String kioskId;
    private final SecureRandom random;
    private final ServiceDay serviceDay;
    private final IdentityHasher identities;
    private final LineMeasures measures;
    private final Object dayLock = new Object();
    private LocalDate forgottenBefore;

    /**
     * A desk on a SQLite database whose identity key is the file {@code identity.key} beside it (created on first
     * use). A shared PostgreSQL queue has no such place: its servers pass the hall's key.
     */
    public TicketDesk(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId, SecureRandom random) {
        this(db, lines, settings, clock, kioskId, random, keyBeside(db));
    }

    /** The identity key beside a SQLite queue file. */
    static IdentityKey keyBeside(QueueDatabase db) {
        return IdentityKey.loadOrCreate(db.keyFile().orElseThrow(() -> new QueueStoreException("the queue database "
                + db.where() + " is shared: give the hall's identity key (identity.key) to every server on it")));
    }

    /** A desk keying visitors' codes with {@code key} (a hall server passes the one it holds). */
    public TicketDesk(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId, SecureRandom random,
                      IdentityKey key) {
        this.db = Objects.requireNonNull(db, "db");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.random = Objects.requireNonNull(random, "random");
        this.serviceDay = new ServiceDay(settings.dayStartsAt(), clock.getZone());
        this.identities = new IdentityHasher(db, key);
        this.seal = new org.hallkiosk.privacy.ContactSeal(key, random);
        this.measures = new LineMeasures(settings);
    }

    /** Seals call-back numbers (ratings, feedback) under the same identity key as the visitors' codes. */
    public org.hallkiosk.privacy.ContactSeal contactSeal() {
        return seal;
    }

    public LineCatalogue lines() {
        return lines;
    }

    public QueueSettings settings() {
        return settings;
    }

    public ServiceDay serviceDay() {
        return serviceDay;
    }

    /** Today's service day. */
    public LocalDate today() {
        return serviceDay.today(clock);
    }

    /**
     * Erases the codes and masked names of past service days (and drops their keys) if that has not been done
     * today: called at start and at the change of day, and before any visitor is coded.
     */
    public void forgetPastDays() {
        forgetPastDays(today());
    }

    /**
     * The visitor whose identity document shows {@code idNumber}, {@code maskedName} (already masked: 张*三) and
     * {@code birthDate}: a code of the number under today's key that only matches today, the masked name, elder or
     * not by age today.
     */
    public Visitor visitor(String idNumber, String maskedName, LocalDate birthDate) {
        LocalDate day = today();
        forgetPastDays(day);
        return identities.visitor(idNumber, maskedName, birthDate, day, settings.elderAge());
    }

    /** The hasher of identities on this database. */
    public IdentityHasher identities() {
        return identities;
    }

    /** Issues with a known visitor (or none), applying every rule. */
    public IssueResult issueFor(String prefix, Optional<Visitor> visitor) {
        return issue(prefix, visitor, Priority.NORMAL, Optional.empty());
    }

    /**
     * Issues for a hall kiosk's request: a retry with the same device and request id returns the ticket issued the
     * first time (marked {@code replayed}), even after the line has closed, and never numbers a second one.
     */
    public IssueResult issue(String prefix, Optional<Visitor> visitor, Optional<String> item, Origin origin) {
        return issue(prefix, visitor, Priority.NORMAL, Optional.empty(), item, origin);
    }

    /**
     * A booking's ticket ({@code appointmentCode} present) skips the quota and closing-soon rules: its slot was
     * granted in advance.
     */
    IssueResult issue(String prefix, Optional<Visitor> visitor, Priority requested, Optional<String> appointmentCode) {
        return issue(prefix, visitor, requested, appointmentCode, Optional.empty(), Origin.local(kioskId));
    }

    /** The common path. */
    IssueResult issue(String prefix, Optional<Visitor> visitor, Priority requested, Optional<String> appointmentCode,
                      Optional<String> item, Origin origin) {
        if (origin.requestId().isPresent()) {
            Optional<IssueResult> earlier = db.read(c -> replay(c, origin));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Optional<QueueLine> found = lines.line(prefix);
        if (found.isEmpty()) {
            return new IssueResult.Refused(new Refusal.UnknownLine(prefix));
        }
        QueueLine line = found.get();
        // Stored as epoch milliseconds: the ticket returned now must equal the one read back later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = serviceDay.of(now);
        List<OpenPeriod> hours = lines.hoursOn(line, day);
        Optional<Refusal> closed = hoursRule(line, hours, serviceDay.timeOf(now));
        if (closed.isPresent()) {
            return new IssueResult.Refused(closed.get());
        }
        Priority priority = requested == Priority.NORMAL && visitor.map(Visitor::elder).orElse(false) ? Priority.ELDER : requested;
        boolean walkIn = appointmentCode.isEmpty();
        return db.write(c -> {
            String d = day.toString();
            // The line's lock first: everything below (the per-person rule, the quota, the number) is then decided
            // by one transaction at a time for this line.
            LineCounter counter = LineCounter.lock(c, db.dialect(), d, line.prefix());
            if (origin.requestId().isPresent()) {
                Optional<IssueResult> earlier = replay(c, origin);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            if (visitor.isPresent()) {
                Optional<Ticket> held = TicketRows.one(c, "service_day = ? AND line_prefix = ? AND person_hash = ?"
                        + " AND state IN ('WAITING', 'CALLED') ORDER BY queue_position", d, line.prefix(), visitor.get().personHash());
                if (held.isPresent()) {
                    Position p = measures.position(c, held.get(), line, now);
                    return new IssueResult.Refused(new Refusal.AlreadyWaiting(held.get().number(), p.ahead()));
                }
            }
            int last = counter.lastSequence();
            if (counter.exhausted()) {
                return new IssueResult.Refused(new Refusal.NumbersExhausted(line.name()));
            }
            if (walkIn) {
                Optional<Refusal> full = capacityRules(c, line, hours, now, last);
                if (full.isPresent()) {
                    return new IssueResult.Refused(full.get());
                }
            }
            if (appointmentCode.isPresent() && TicketRows.longValue(c,
                    "SELECT COUNT(*) FROM appointment WHERE code = ? AND ticket_id IS NOT NULL", appointmentCode.get()) > 0) {
                String used = TicketRows.one(c, "appointment_code = ?", appointmentCode.get()).map(Ticket::number).orElse("");
                return new IssueResult.Refused(new Refusal.BookingUsed(used));
            }
            int sequence = last + 1;
            counter.issued(c, sequence);
            long place = Positions.atEnd(c, d, now);
            String number = Ticket.number(line.prefix(), sequence);
            String id = ticketId(day, number);
            TicketRows.update(c, "INSERT INTO ticket (id, service_day, number, issued_on, sequence, line_prefix, state, priority,"
                            + " queue_position, eligible_at, issued_at, person_hash, masked_name, appointment_code, kiosk_id,"
                            + " window_no, misses, recalls, item_code) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
                    id, d, number, line.prefix(), sequence, line.prefix(), priority.rank(), place, now.toEpochMilli(),
                    now.toEpochMilli(), visitor.map(Visitor::personHash).orElse(null), visitor.map(Visitor::maskedName).orElse(null),
                    appointmentCode.orElse(null), origin.device(), item.orElse(null));
            if (appointmentCode.isPresent()) {
                TicketRows.update(c, "UPDATE appointment SET ticket_id = ? WHERE code = ?", id, appointmentCode.get());
            }
            if (origin.requestId().isPresent()) {
                TicketRows.update(c, "INSERT INTO issue_request (device, request_id, ticket_id, created_at) VALUES (?, ?, ?, ?)",
                        origin.device(), origin.requestId().get(), id, now.toEpochMilli());
            }
            Ticket ticket = new Ticket(id, day, number, line.prefix(), sequence, line.prefix(), TicketState.WAITING, priority,
                    now, visitor.map(Visitor::maskedName), 0, Optional.empty(), 0, item);
            return new IssueResult.Issued(ticket, measures.position(c, ticket, line, now));
        });
    }

    /** The result of an earlier request with the same device and request id, if there was one. */
    public Optional<IssueResult> replayed(Origin origin) {
        return origin.requestId().isEmpty() ? Optional.empty() : db.read(c -> replay(c, origin));
    }

    /** The ticket an earlier request with the same id was given, with its place now. */
    private Optional<IssueResult> replay(Connection c, Origin origin) throws SQLException {
        Optional<Ticket> earlier = TicketRows.one(c, "id = (SELECT ticket_id FROM issue_request WHERE device = ? AND request_id = ?)",
                origin.device(), origin.requestId().orElseThrow());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Ticket t = earlier.get();
        Position p = lines.line(t.line()).isPresent()
                ? measures.position(c, t, lines.line(t.line()).get(), clock.instant()) : new Position(0, 0);
        return Optional.of(new IssueResult.Issued(t, p, true));
    }

    /** Every line as the choose-a-line screen shows it. */
    public List<LineSummary> summaries() {
        List<LineSummary> out = new ArrayList<>();
        for (QueueLine line : lines.lines()) {
            out.add(summary(line));
        }
        return out;
    }

    /** One line as the choose-a-line screen shows it. */
    public LineSummary summary(QueueLine line) {
        Instant now = clock.instant();
        LocalDate day = serviceDay.of(now);
        List<OpenPeriod> hours = lines.hoursOn(line, day);
        return db.read(c -> {
            int waiting = measures.waiting(c, day.toString(), line.prefix());
            int wait = WaitEstimate.waitMinutes(waiting, measures.averageMinutes(c, line), measures.windows(c, line, now));
            Optional<Refusal> closed = hoursRule(line, hours, serviceDay.timeOf(now));
            if (closed.isEmpty()) {
                LineCounter counter = LineCounter.peek(c, day.toString(), line.prefix());
                closed = counter.exhausted() ? Optional.of(new Refusal.NumbersExhausted(line.name()))
                        : capacityRules(c, line, hours, now, counter.lastSequence());
            }
            return new LineSummary(line, waiting, wait, closed);
        });
    }

    /**
     * The place a new ticket on {@code line} would get now: behind every waiting ticket of the same or a higher rank
     * (a senior's card puts the visitor before the others), with the wait that follows.
     */
    public Position projected(QueueLine line, Optional<Visitor> visitor) {
        int rank = visitor.map(Visitor::elder).orElse(false) ? Priority.ELDER.rank() : Priority.NORMAL.rank();
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.read(c -> {
            int ahead = (int) TicketRows.longValue(c, "SELECT COUNT(*) FROM ticket WHERE service_day = ? AND line_prefix = ?"
                    + " AND state = 'WAITING' AND priority >= ?", day, line.prefix(), rank);
            return new Position(ahead, WaitEstimate.waitMinutes(ahead, measures.averageMinutes(c, line), measures.windows(c, line, now)));
        });
    }

    /** A ticket by its id. */
    public Optional<Ticket> ticket(String id) {
        return db.read(c -> TicketRows.one(c, "id = ?", id));
    }

    /** A ticket's place in its line now; empty for an unknown id. */
    public Optional<Position> position(String ticketId) {
        Instant now = clock.instant();
        return db.read(c -> {
            Optional<Ticket> t = TicketRows.one(c, "id = ?", ticketId);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            QueueLine line = lines.line(t.get().line()).orElse(null);
            if (line == null) {
                return Optional.of(new Position(0, 0));
            }
            return Optional.of(measures.position(c, t.get(), line, now));
        });
    }

    /** The QR code's content: the status page plus the ticket id. */
    public String statusUrl(Ticket ticket) {
        return settings.statusPageUrl() + ticket.id();
    }

    /**
     * Outside the line's hours: no period today; before the first; between two (lunch); or in the last
     * {@code stopIssuingMinutesBefore} minutes of a period.
     */
    static Optional<Refusal> hoursRule(QueueLine line, List<OpenPeriod> hours, LocalTime time) {
        if (hours.isEmpty()) {
            return Optional.of(new Refusal.ClosedToday(line.name()));
        }
        for (OpenPeriod p : hours) {
            LocalTime stop = p.to().minusMinutes(line.stopIssuingMinutesBefore());
            if (!time.isBefore(p.from()) && time.isBefore(stop) && stop.isAfter(p.from())) {
                return Optional.empty();
            }
        }
        Optional<LocalTime> next = hours.stream().map(OpenPeriod::from).filter(time::isBefore).findFirst();
        return Optional.of(new Refusal.OutsideHours(line.name(), next));
    }

    /** The day's quota, and whether the people already waiting leave time for one more before closing. */
    private Optional<Refusal> capacityRules(Connection c, QueueLine line, List<OpenPeriod> hours, Instant now, int last)
            throws SQLException {
        if (line.dailyQuota() > 0 && last >= line.dailyQuota()) {
            return Optional.of(new Refusal.QuotaReached(line.name(), line.dailyQuota()));
        }
        LocalDate day = serviceDay.of(now);
        int waiting = measures.waiting(c, day.toString(), line.prefix());
        int needed = WaitEstimate.minutesToServe(waiting, measures.averageMinutes(c, line), measures.windows(c, line, now));
        long left = minutesLeft(hours, serviceDay.timeOf(now));
        if (needed > left) {
            return Optional.of(new Refusal.ClosingSoon(line.name(), hours.get(hours.size() - 1).to(), waiting));
        }
        return Optional.empty();
    }

    /** Open minutes left today from {@code time}, lunch breaks excluded. */
    static long minutesLeft(List<OpenPeriod> hours, LocalTime time) {
        long left = 0;
        for (OpenPeriod p : hours) {
            LocalTime from = time.isAfter(p.from()) ? time : p.from();
            if (from.isBefore(p.to())) {
                left += Duration.between(from, p.to()).toMinutes();
            }
        }
        return left;
    }

    private String ticketId(LocalDate day, String number) {
        StringBuilder id = new StringBuilder(day.format(ID_DAY)).append(number);
        for (int i = 0; i < 4; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private void forgetPastDays(LocalDate today) {
        synchronized (dayLock) {
            if (!today.equals(forgottenBefore)) {
                identities.forgetBefore(today);
                forgottenBefore = today;
            }
        }
    }
}
