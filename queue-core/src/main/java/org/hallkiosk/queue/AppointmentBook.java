package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kiosk's copy of the hall's bookings (预约): imported from the booking system's export, found at the kiosk by
 * the holder's ID card or by the booking's QR code, and checked in — which issues a ticket on the booked line that
 * is called before walk-ins. Check-in is open from {@code appointmentMarginMinutes} before the slot to as long after it.
 */
public final class AppointmentBook {

    /** What an import did. */
    public record ImportReport(int added, int updated, int unchangedCheckedIn, int skippedPast) {
    }

    /**
     * A booking to store, already checked.
     *
     * @param idNumber   the holder's normalised ID number, if the export had it: only its hash is stored
     * @param maskedName the holder's name already masked (张*三), if the export had it
     */
    public record Booking(String code, String line, LocalDate day, LocalTime from, LocalTime to,
                          Optional<String> idNumber, Optional<String> maskedName) {

        public Booking {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(maskedName, "maskedName");
        }

        /** Never the ID number: a booking may end up in a log line. */
        @Override
        public String toString() {
            return "Booking[" + code + ", " + line + ", " + day + " " + from + "-" + to + ", "
                    + (idNumber.isPresent() ? "id given" : "no id") + ", " + maskedName.orElse("-") + "]";
        }
    }

    private final QueueDatabase db;
    private final TicketDesk desk;
    private final Clock clock;

    public AppointmentBook(QueueDatabase db, TicketDesk desk, Clock clock) {
        this.db = db;
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * Stores checked bookings (see kioskctl's import for the checks): a booking of a past day is skipped, one already
     * checked in is left as it is, the others are added or updated. Only a hash of an ID number is kept, and the
     * name only as given, already masked.
     */
    public ImportReport save(List<Booking> bookings) {
        LocalDate today = desk.today();
        int skipped = 0;
        List<Booking> current = new ArrayList<>();
        for (Booking b : bookings) {
            if (b.day().isBefore(today)) {
                skipped++;
            } else {
                current.add(b);
            }
        }
        // Hash outside the import transaction: each booking day has its own salt, created on first use.
        List<Optional<String>> hashes = new ArrayList<>();
        for (Booking b : current) {
            hashes.add(b.idNumber().map(id -> desk.identities().hash(id, b.day())));
        }
        int skippedPast = skipped;
        long now = clock.millis();
        return db.write(c -> {
            int added = 0;
            int updated = 0;
            int kept = 0;
            for (int i = 0; i < current.size(); i++) {
                Booking b = current.get(i);
                String hash = hashes.get(i).orElse(null);
                String masked = b.maskedName().orElse(null);
                long checkedIn = TicketRows.longValue(c, "SELECT COUNT(*) FROM appointment WHERE code = ? AND ticket_id IS NOT NULL", b.code());
                if (checkedIn > 0) {
                    kept++;
                    continue;
                }
                int n = TicketRows.update(c, "UPDATE appointment SET service_day = ?, line_prefix = ?, slot_from = ?, slot_to = ?,"
                                + " person_hash = ?, masked_name = ?, imported_at = ? WHERE code = ?",
                        b.day().toString(), b.line(), b.from().toString(), b.to().toString(), hash, masked, now, b.code());
                if (n == 0) {
                    TicketRows.update(c, "INSERT INTO appointment (code, service_day, line_prefix, slot_from, slot_to, person_hash,"
                                    + " masked_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            b.code(), b.day().toString(), b.line(), b.from().toString(), b.to().toString(), hash, masked, now);
                    added++;
                } else {
                    updated++;
                }
            }
            return new ImportReport(added, updated, kept, skippedPast);
        });
    }

    /** Bookings of {@code day}, by slot. */
    public List<Appointment> on(LocalDate day) {
        return db.read(c -> list(c, "service_day = ? ORDER BY slot_from, code", day.toString()));
    }

    /** The booking a scanned QR code names: the code itself, a URL ending in it, or a URL with {@code code=} in it. */
    public Optional<Appointment> byScan(String scanned) {
        String code = codeIn(scanned);
        return db.read(c -> list(c, "code = ?", code).stream().findFirst());
    }

    /** Today's bookings of the visitor holding the card. */
    public List<Appointment> forVisitor(Visitor visitor) {
        String today = desk.today().toString();
        return db.read(c -> list(c, "service_day = ? AND person_hash = ? ORDER BY slot_from", today, visitor.personHash()));
    }

    /**
     * Checks in: issues a ticket with appointment priority if it is the booking's day and within its slot and margin,
     * and it has not been used. A card that is shown must be the holder's.
     */
    public IssueResult checkIn(Appointment booking, Optional<Visitor> visitor) {
        return checkIn(booking, visitor, Optional.empty());
    }

    /** Finds the card holder's booking for today and checks it in. */
    public IssueResult checkIn(Visitor visitor) {
        return checkIn(visitor, Optional.empty());
    }

    /** Checks in the booking a scanned code names. */
    public IssueResult checkIn(String scanned, Optional<Visitor> visitor) {
        return checkIn(scanned, visitor, Optional.empty());
    }

    /** As {@link #checkIn(Visitor)}, for a hall kiosk's request: a retry returns the ticket of the first check-in. */
    public IssueResult checkIn(Visitor visitor, Optional<Origin> origin) {
        Optional<IssueResult> earlier = origin.flatMap(desk::replayed);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<Appointment> mine = forVisitor(visitor);
        Optional<Appointment> open = mine.stream().filter(a -> !a.checkedIn()).findFirst();
        if (open.isEmpty()) {
            return mine.isEmpty() ? new IssueResult.Refused(new Refusal.NoBookingToday())
                    : checkIn(mine.get(0), Optional.of(visitor), origin);
        }
        return checkIn(open.get(), Optional.of(visitor), origin);
    }

    /** As {@link #checkIn(String, Optional)}, for a hall kiosk's request: a retry returns the ticket of the first check-in. */
    public IssueResult checkIn(String scanned, Optional<Visitor> visitor, Optional<Origin> origin) {
        Optional<IssueResult> earlier = origin.flatMap(desk::replayed);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return byScan(scanned).map(a -> checkIn(a, visitor, origin)).orElseGet(() -> new IssueResult.Refused(new Refusal.UnknownBooking()));
    }

    private IssueResult checkIn(Appointment booking, Optional<Visitor> visitor, Optional<Origin> origin) {
        Optional<Refusal> refused = checkInRule(booking, visitor);
        if (refused.isPresent()) {
            return new IssueResult.Refused(refused.get());
        }
        return origin.isPresent()
                ? desk.issue(booking.line(), visitor, Priority.APPOINTMENT, Optional.of(booking.code()), Optional.empty(), origin.get())
                : desk.issue(booking.line(), visitor, Priority.APPOINTMENT, Optional.of(booking.code()));
    }

    private Optional<Refusal> checkInRule(Appointment booking, Optional<Visitor> visitor) {
        LocalDate today = desk.today();
        if (!booking.day().equals(today)) {
            return Optional.of(new Refusal.BookingOtherDay(booking.day()));
        }
        if (booking.ticketId().isPresent()) {
            String number = desk.ticket(booking.ticketId().get()).map(Ticket::number).orElse("");
            return Optional.of(new Refusal.BookingUsed(number));
        }
        int margin = desk.settings().appointmentMarginMinutes();
        LocalTime now = desk.serviceDay().timeOf(clock.instant());
        LocalTime opens = booking.from().minusMinutes(margin);
        LocalTime closes = booking.to().plusMinutes(margin);
        if (now.isBefore(opens)) {
            return Optional.of(new Refusal.BookingTooEarly(opens));
        }
        if (now.isAfter(closes)) {
            return Optional.of(new Refusal.BookingMissed(booking.to()));
        }
        if (visitor.isPresent() && booking.identified()) {
            boolean same = db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM appointment WHERE code = ? AND person_hash = ?",
                    booking.code(), visitor.get().personHash()) > 0);
            if (!same) {
                return Optional.of(new Refusal.BookingOtherPerson());
            }
        }
        return Optional.empty();
    }

    static String codeIn(String scanned) {
        String s = scanned.strip();
        int q = s.indexOf("code=");
        if (q >= 0) {
            String rest = s.substring(q + 5);
            int end = rest.indexOf('&');
            return end < 0 ? rest : rest.substring(0, end);
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
    }

    private static List<Appointment> list(Connection c, String where, Object... args) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT code, line_prefix, service_day, slot_from, slot_to, person_hash,"
                + " masked_name, ticket_id FROM appointment WHERE " + where)) {
            TicketRows.bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Appointment(r.getString("code"), r.getString("line_prefix"), LocalDate.parse(r.getString("service_day")),
                            LocalTime.parse(r.getString("slot_from")), LocalTime.parse(r.getString("slot_to")),
                            Optional.ofNullable(r.getString("masked_name")), r.getString("person_hash") != null,
                            Optional.ofNullable(r.getString("ticket_id"))));
                }
            }
        }
        return out;
    }
}
