package org.hallkiosk.rating;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.privacy.Mask;
import org.hallkiosk.privacy.Redact;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.queue.ServiceDay;

/**
 * 好差评 on one database (the kiosk's queue.db, or the hall's): the rules of 一次一评 — only a finished service, only
 * once, within its window — and the staff's side: listing, marking a bad rating handled, flagging overdue ones.
 *
 * <p>One rating per service is held by the table's unique key on (kind, ref), not by a check before the insert, so
 * two kiosks rating the same ticket at the same moment record one rating and the other is told it was rated.
 */
public final class RatingDesk {

    private static final int ID_ATTEMPTS = 5;
    private static final String COLUMNS = "id, subject_kind, subject_ref, subject_label, line_prefix, window_no, item_code,"
            + " staff_id, finished_at, level, reasons, comment_text, callback_masked, device, rated_at, handled_by,"
            + " handled_note, handled_at";

    private final QueueDatabase db;
    private final RatingSettings settings;
    private final Clock clock;
    private final ServiceDay serviceDay;
    private final ContactSeal seal;
    private final References references;

    public RatingDesk(QueueDatabase db, RatingSettings settings, ServiceDay serviceDay, Clock clock, ContactSeal seal,
                      SecureRandom random) {
        this.db = db;
        this.settings = settings;
        this.serviceDay = serviceDay;
        this.clock = clock;
        this.seal = seal;
        this.references = new References(random);
    }

    public RatingSettings settings() {
        return settings;
    }

    /**
     * The ticket to rate from what the visitor scanned or typed: rateable only when a window finished it ({@code done})
     * today, and not yet rated.
     */
    public Lookup findTicket(String scannedOrTyped) {
        String key = TicketLookup.key(scannedOrTyped);
        if (key.isEmpty()) {
            return new Lookup.Refused(new RatingOutcome.NotRateable("unknown", List.of("")));
        }
        LocalDate today = serviceDay.today(clock);
        return db.read(c -> {
            Optional<TicketLookup.Found> found = TicketLookup.find(c, key, today);
            if (found.isEmpty()) {
                return new Lookup.Refused(new RatingOutcome.NotRateable("unknown", List.of(key)));
            }
            TicketLookup.Found t = found.get();
            if (!t.serviceDay().equals(today)) {
                return new Lookup.Refused(new RatingOutcome.NotRateable("not-today", List.of(t.number(), t.serviceDay().toString())));
            }
            if (!"DONE".equals(t.state()) || t.finishedAt().isEmpty()) {
                return new Lookup.Refused(new RatingOutcome.NotRateable("not-finished", List.of(t.number())));
            }
            Optional<Rating> earlier = bySubject(c, SubjectKind.TICKET, t.id());
            if (earlier.isPresent()) {
                return new Lookup.Refused(new RatingOutcome.AlreadyRated(t.number(), earlier.get().ratedAt()));
            }
            return new Lookup.Rateable(new RatedService(SubjectKind.TICKET, t.id(), t.number(), Optional.of(t.line()), t.window(),
                    t.item(), t.staffId(), t.finishedAt().get()));
        });
    }

    /** Finds the ticket and records the rating in one go (the {@code kioskctl rating submit} path). */
    public RatingOutcome rateTicket(String scannedOrTyped, RatingRequest request, String device) {
        Lookup found = findTicket(scannedOrTyped);
        if (found instanceof Lookup.Rateable r) {
            return rate(r.service(), request, device);
        }
        return ((Lookup.Refused) found).outcome();
    }

    /**
     * Records a rating of {@code service}, checking again that it is rateable now: a ticket on the day it was
     * finished, a case within {@code caseWindowDays} of its conclusion; once.
     */
    public RatingOutcome rate(RatedService service, RatingRequest request, String device) {
        Instant now = clock.instant();
        if (service.kind() == SubjectKind.TICKET && !serviceDay.of(service.finishedAt()).equals(serviceDay.of(now))) {
            return new RatingOutcome.NotRateable("not-today", List.of(service.label(), serviceDay.of(service.finishedAt()).toString()));
        }
        if (service.kind() == SubjectKind.CASE
                && Duration.between(service.finishedAt(), now).compareTo(Duration.ofDays(settings.caseWindowDays())) > 0) {
            return new RatingOutcome.NotRateable("too-late", List.of(service.label(), String.valueOf(settings.caseWindowDays())));
        }
        Optional<String> sealed = request.callBack().map(cb -> seal.seal(cb.mobile()));
        Optional<String> masked = request.callBack().map(cb -> Mask.phone(cb.mobile()));
        Optional<String> text = request.text().map(Redact::text);
        String reasons = request.reasons().stream().map(BadReason::code).sorted().collect(Collectors.joining(","));
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String id = references.next("PJ", serviceDay.of(now));
            try {
                return db.write(c -> {
                    Optional<Rating> earlier = bySubject(c, service.kind(), service.ref());
                    if (earlier.isPresent()) {
                        return new RatingOutcome.AlreadyRated(service.label(), earlier.get().ratedAt());
                    }
                    Sql.update(c, "INSERT INTO rating (" + COLUMNS.replace(", callback_masked", ", callback_sealed, callback_masked")
                                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
                            id, service.kind().name(), service.ref(), service.label(), service.line().orElse(null), service.window(),
                            service.item().orElse(null), service.staffId().orElse(null), service.finishedAt().toEpochMilli(),
                            request.level().value(), reasons, text.orElse(null), sealed.orElse(null), masked.orElse(null), device,
                            now.toEpochMilli());
                    return new RatingOutcome.Recorded(bySubject(c, service.kind(), service.ref()).orElseThrow());
                });
            } catch (QueueStoreException e) {
                if (!(e.getCause() instanceof SQLException s) || !db.dialect().isUniqueViolation(s)) {
                    throw e;
                }
                // Another kiosk recorded this service between our check and our insert (or, rarely, drew the same id).
                Optional<Rating> winner = db.read(c -> bySubject(c, service.kind(), service.ref()));
                if (winner.isPresent()) {
                    return new RatingOutcome.AlreadyRated(service.label(), winner.get().ratedAt());
                }
            }
        }
        throw new QueueStoreException("could not draw a free rating reference in " + ID_ATTEMPTS + " tries");
    }

    /** Ratings given in [from, to), newest first; only bad ones with {@code badOnly}. */
    public List<Rating> list(Instant from, Instant to, boolean badOnly) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM rating WHERE rated_at >= ? AND rated_at < ?"
                + (badOnly ? " AND level <= 2" : "") + " ORDER BY rated_at DESC, id", RatingDesk::read, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** Every rating, newest first. */
    public List<Rating> all(boolean badOnly) {
        return list(Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE), badOnly);
    }

    /** The rating with this reference. */
    public Optional<Rating> get(String id) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM rating WHERE id = ?", RatingDesk::read, id).stream().findFirst());
    }

    /** True when a bad rating has been open longer than {@code handleWithinDays}. */
    public boolean isOverdue(Rating r) {
        return r.isOpen() && Duration.between(r.ratedAt(), clock.instant()).compareTo(Duration.ofDays(settings.handleWithinDays())) > 0;
    }

    /**
     * Marks a bad rating handled (差评整改): who did what, now. A good rating needs no handling; a handled one keeps its
     * first record.
     */
    public Rating markHandled(String id, String by, String note) {
        if (by == null || by.isBlank() || note == null || note.isBlank()) {
            throw new RatingInputException("say who handled it (--by) and what was done (--note)");
        }
        Instant now = clock.instant();
        return db.write(c -> {
            Rating r = Sql.list(c, "SELECT " + COLUMNS + " FROM rating WHERE id = ?" + db.dialect().forUpdate(), RatingDesk::read, id)
                    .stream().findFirst().orElseThrow(() -> new RatingInputException("no rating " + id));
            if (!r.level().isBad()) {
                throw new RatingInputException(id + " is " + r.level().zh() + ", not a bad rating: nothing to handle");
            }
            if (r.handling().isPresent()) {
                throw new RatingInputException(id + " was already handled by " + r.handling().get().by() + " at " + r.handling().get().at());
            }
            Sql.update(c, "UPDATE rating SET handled_by = ?, handled_note = ?, handled_at = ? WHERE id = ?",
                    by.strip(), Redact.text(note.strip()), now.toEpochMilli(), id);
            return Sql.list(c, "SELECT " + COLUMNS + " FROM rating WHERE id = ?", RatingDesk::read, id).get(0);
        });
    }

    /** The call-back number of a rating, for the staff member who calls back; empty when none was given. */
    public Optional<String> callBackNumber(String id) {
        return db.read(c -> Sql.list(c, "SELECT callback_sealed FROM rating WHERE id = ?", r -> Optional.ofNullable(r.getString(1)), id))
                .stream().findFirst().flatMap(o -> o).map(seal::open);
    }

    private static Optional<Rating> bySubject(Connection c, SubjectKind kind, String ref) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM rating WHERE subject_kind = ? AND subject_ref = ?", RatingDesk::read,
                kind.name(), ref).stream().findFirst();
    }

    static Rating read(ResultSet r) throws SQLException {
        String line = r.getString("line_prefix");
        RatedService service = new RatedService(SubjectKind.valueOf(r.getString("subject_kind")), r.getString("subject_ref"),
                r.getString("subject_label"), Optional.ofNullable(line), r.getInt("window_no"),
                Optional.ofNullable(r.getString("item_code")), Optional.ofNullable(r.getString("staff_id")),
                Instant.ofEpochMilli(r.getLong("finished_at")));
        String reasons = r.getString("reasons");
        List<BadReason> list = reasons.isEmpty() ? List.of() : Arrays.stream(reasons.split(",")).map(BadReason::of).toList();
        Long handledAt = Sql.nullableLong(r, "handled_at");
        Optional<Handling> handling = handledAt == null ? Optional.empty()
                : Optional.of(new Handling(r.getString("handled_by"), r.getString("handled_note"), Instant.ofEpochMilli(handledAt)));
        return new Rating(r.getString("id"), service, RatingLevel.of(r.getInt("level")), new ArrayList<>(list),
                Optional.ofNullable(r.getString("comment_text")), Optional.ofNullable(r.getString("callback_masked")),
                r.getString("device"), Instant.ofEpochMilli(r.getLong("rated_at")), handling);
    }
}
