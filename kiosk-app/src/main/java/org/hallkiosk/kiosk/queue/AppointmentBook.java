package org.hallkiosk.kiosk.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallkiosk.device.idcard.IdNumberCheck;
import org.hallkiosk.privacy.Mask;

/**
 * The kiosk's copy of the hall's bookings (预约): imported from the booking system's export, found at the kiosk by
 * the holder's ID card or by the booking's QR code, and checked in — which issues a ticket on the booked line that
 * is called before walk-ins. Check-in is open from {@code appointmentMarginMinutes} before the slot to as long after it.
 */
public final class AppointmentBook {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{4,64}");

    /** What an import did. */
    public record ImportReport(int added, int updated, int unchangedCheckedIn, int skippedPast) {
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
     * Imports a CSV or JSON export. Every row is checked first; if any is wrong nothing is imported and every problem
     * is reported. Bookings of past days are skipped; a booking already checked in is left as it is.
     */
    public ImportReport importFile(Path file) throws IOException, AppointmentImportException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<AppointmentFile.Row> rows = AppointmentFile.parse(name, text, problems);
        List<Booking> bookings = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (AppointmentFile.Row row : rows) {
            check(row, problems).ifPresent(b -> {
                if (codes.contains(b.code())) {
                    problems.add(row.where() + ": code " + b.code() + " appears twice");
                }
                codes.add(b.code());
                bookings.add(b);
            });
        }
        if (!problems.isEmpty()) {
            throw new AppointmentImportException(name, problems);
        }
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
                String masked = b.name().map(Mask::name).orElse(null);
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
        Optional<Refusal> refused = checkInRule(booking, visitor);
        if (refused.isPresent()) {
            return new IssueResult.Refused(refused.get());
        }
        return desk.issue(booking.line(), visitor, Priority.APPOINTMENT, Optional.of(booking.code()));
    }

    /** Finds the card holder's booking for today and checks it in. */
    public IssueResult checkIn(Visitor visitor) {
        List<Appointment> mine = forVisitor(visitor);
        Optional<Appointment> open = mine.stream().filter(a -> !a.checkedIn()).findFirst();
        if (open.isEmpty()) {
            return mine.isEmpty() ? new IssueResult.Refused(new Refusal.NoBookingToday())
                    : checkIn(mine.get(0), Optional.of(visitor));
        }
        return checkIn(open.get(), Optional.of(visitor));
    }

    /** Checks in the booking a scanned code names. */
    public IssueResult checkIn(String scanned, Optional<Visitor> visitor) {
        return byScan(scanned).map(a -> checkIn(a, visitor)).orElseGet(() -> new IssueResult.Refused(new Refusal.UnknownBooking()));
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

    /** A checked row; {@code toString} masks the ID number and name. */
    private record Booking(String code, String line, LocalDate day, LocalTime from, LocalTime to,
                           Optional<String> idNumber, Optional<String> name) {
        @Override
        public String toString() {
            return "Booking[" + code + ", " + line + ", " + day + " " + from + "-" + to + ", "
                    + idNumber.map(Mask::idNumber).orElse("-") + ", " + name.map(Mask::name).orElse("-") + "]";
        }
    }

    private Optional<Booking> check(AppointmentFile.Row row, List<String> problems) {
        int before = problems.size();
        String where = row.where();
        String code = row.get("code");
        if (!CODE.matcher(code).matches()) {
            problems.add(where + ": code '" + code + "' must be 4 to 64 letters, digits, '-' or '_'");
        }
        String line = row.get("line");
        if (desk.lines().line(line).isEmpty()) {
            problems.add(where + ": line '" + line + "' is not in lines.yaml (lines: "
                    + String.join(", ", desk.lines().lines().stream().map(QueueLine::prefix).toList()) + ")");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(row.get("date"));
        } catch (DateTimeParseException e) {
            problems.add(where + ": date '" + row.get("date") + "' must be like 2026-11-27");
        }
        LocalTime from = time(row, "from", where, problems);
        LocalTime to = time(row, "to", where, problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(where + ": the slot must end after it starts (" + from + "-" + to + ")");
        }
        String id = row.get("idNumber");
        if (!id.isEmpty() && !IdNumberCheck.isValid(id)) {
            // Only the masked number goes into messages: the file may be pasted into a ticket or a chat.
            problems.add(where + ": idNumber " + Mask.idNumber(id) + " is not a valid 18-character ID number (check digit)");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String name = row.get("name");
        return Optional.of(new Booking(code, line, day, from, to,
                id.isEmpty() ? Optional.empty() : Optional.of(IdNumberCheck.normalise(id)),
                name.isEmpty() ? Optional.empty() : Optional.of(name)));
    }

    private static LocalTime time(AppointmentFile.Row row, String field, String where, List<String> problems) {
        String v = row.get(field);
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            problems.add(where + ": " + field + " '" + v + "' must be a time like 09:30");
            return null;
        }
    }
}
