package org.hallkiosk.kiosk.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallkiosk.device.idcard.IdNumberCheck;
import org.hallkiosk.privacy.Mask;
import org.hallkiosk.queue.AppointmentBook;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.QueueLine;

/**
 * Imports the booking system's export (CSV or JSON) into the queue's {@link AppointmentBook}: every row is checked
 * first; if any is wrong nothing is imported and every problem is reported with its file and line. ID numbers are
 * checked (check digit) and passed on only to be hashed; names are masked before they reach the book.
 */
public final class AppointmentImport {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{4,64}");

    private final AppointmentBook book;
    private final LineCatalogue lines;

    public AppointmentImport(AppointmentBook book, LineCatalogue lines) {
        this.book = book;
        this.lines = lines;
    }

    /**
     * Imports a CSV or JSON export. Bookings of past days are skipped; a booking already checked in is left as it is.
     */
    public AppointmentBook.ImportReport importFile(Path file) throws IOException, AppointmentImportException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<AppointmentFile.Row> rows = AppointmentFile.parse(name, text, problems);
        List<AppointmentBook.Booking> bookings = new ArrayList<>();
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
        return book.save(bookings);
    }

    private Optional<AppointmentBook.Booking> check(AppointmentFile.Row row, List<String> problems) {
        int before = problems.size();
        String where = row.where();
        String code = row.get("code");
        if (!CODE.matcher(code).matches()) {
            problems.add(where + ": code '" + code + "' must be 4 to 64 letters, digits, '-' or '_'");
        }
        String line = row.get("line");
        if (lines.line(line).isEmpty()) {
            problems.add(where + ": line '" + line + "' is not in lines.yaml (lines: "
                    + String.join(", ", lines.lines().stream().map(QueueLine::prefix).toList()) + ")");
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
        return Optional.of(new AppointmentBook.Booking(code, line, day, from, to,
                id.isEmpty() ? Optional.empty() : Optional.of(IdNumberCheck.normalise(id)),
                name.isEmpty() ? Optional.empty() : Optional.of(Mask.name(name))));
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
