package org.hallkiosk.rating;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.privacy.Mask;
import org.hallkiosk.privacy.Redact;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.queue.ServiceDay;

/** 意见建议 and 投诉: taken with a reference number, listed for staff, marked handled. */
public final class FeedbackDesk {

    /** Longest text kept. */
    public static final int MAX_TEXT = 1000;
    private static final int ID_ATTEMPTS = 5;
    private static final String COLUMNS = "reference, category, body, contact_masked, device, submitted_at, handled_by, handled_note, handled_at";

    private final QueueDatabase db;
    private final RatingSettings settings;
    private final ServiceDay serviceDay;
    private final Clock clock;
    private final ContactSeal seal;
    private final References references;

    public FeedbackDesk(QueueDatabase db, RatingSettings settings, ServiceDay serviceDay, Clock clock, ContactSeal seal, SecureRandom random) {
        this.db = db;
        this.settings = settings;
        this.serviceDay = serviceDay;
        this.clock = clock;
        this.seal = seal;
        this.references = new References(random);
    }

    /** Stores a suggestion or complaint and returns it with its reference number. */
    public Feedback submit(FeedbackCategory category, String text, Optional<CallBack> contact, String device) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RatingInputException("write what the " + category.en().toLowerCase() + " is about (请填写内容)");
        }
        if (body.codePointCount(0, body.length()) > MAX_TEXT) {
            throw new RatingInputException("the text has more than " + MAX_TEXT + " characters");
        }
        String kept = Redact.text(body);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String reference = references.next(category.prefix(), serviceDay.of(now));
            try {
                db.write(c -> Sql.update(c, "INSERT INTO feedback (reference, category, body, contact_sealed, contact_masked, device,"
                                + " submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", reference, category.code(), kept,
                        contact.map(cb -> seal.seal(cb.mobile())).orElse(null), contact.map(cb -> Mask.phone(cb.mobile())).orElse(null),
                        device, now.toEpochMilli()));
                return new Feedback(reference, category, kept, contact.map(cb -> Mask.phone(cb.mobile())), device, now, Optional.empty());
            } catch (QueueStoreException e) {
                if (!(e.getCause() instanceof SQLException s) || !db.dialect().isUniqueViolation(s)) {
                    throw e;
                }
            }
        }
        throw new QueueStoreException("could not draw a free feedback reference in " + ID_ATTEMPTS + " tries");
    }

    /** Every suggestion and complaint, newest first. */
    public List<Feedback> all() {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM feedback ORDER BY submitted_at DESC, reference", FeedbackDesk::read));
    }

    /** The one with this reference. */
    public Optional<Feedback> get(String reference) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM feedback WHERE reference = ?", FeedbackDesk::read,
                reference.strip().toUpperCase(java.util.Locale.ROOT)).stream().findFirst());
    }

    /** Open longer than {@code handleWithinDays}. */
    public boolean isOverdue(Feedback f) {
        return f.handling().isEmpty()
                && Duration.between(f.submittedAt(), clock.instant()).compareTo(Duration.ofDays(settings.handleWithinDays())) > 0;
    }

    /** Records who dealt with it, what they did, now. */
    public Feedback markHandled(String reference, String by, String note) {
        if (by == null || by.isBlank() || note == null || note.isBlank()) {
            throw new RatingInputException("say who handled it (--by) and what was done (--note)");
        }
        Feedback f = get(reference).orElseThrow(() -> new RatingInputException("no suggestion or complaint " + reference));
        if (f.handling().isPresent()) {
            throw new RatingInputException(reference + " was already handled by " + f.handling().get().by());
        }
        Instant now = clock.instant();
        db.write(c -> Sql.update(c, "UPDATE feedback SET handled_by = ?, handled_note = ?, handled_at = ? WHERE reference = ? AND handled_at IS NULL",
                by.strip(), Redact.text(note.strip()), now.toEpochMilli(), f.reference()));
        return get(f.reference()).orElseThrow();
    }

    /** The contact number given with consent, for the staff member who calls back. */
    public Optional<String> contactNumber(String reference) {
        return db.read(c -> Sql.list(c, "SELECT contact_sealed FROM feedback WHERE reference = ?", r -> Optional.ofNullable(r.getString(1)),
                reference)).stream().findFirst().flatMap(o -> o).map(seal::open);
    }

    private static Feedback read(ResultSet r) throws SQLException {
        Long handledAt = Sql.nullableLong(r, "handled_at");
        return new Feedback(r.getString("reference"), FeedbackCategory.of(r.getString("category")), r.getString("body"),
                Optional.ofNullable(r.getString("contact_masked")), r.getString("device"), Instant.ofEpochMilli(r.getLong("submitted_at")),
                handledAt == null ? Optional.empty()
                        : Optional.of(new Handling(r.getString("handled_by"), r.getString("handled_note"), Instant.ofEpochMilli(handledAt))));
    }
}
