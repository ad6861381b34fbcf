package org.hallkiosk.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.queue.Appointment;
import org.hallkiosk.queue.AppointmentBook;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TicketDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking export as the kiosk imports it: CSV and JSON, all-or-nothing checks, only hashes and masked names kept. */
class AppointmentImportTest {

    @TempDir
    Path dir;
    QueueDatabase db;
    AppointmentBook book;
    AppointmentImport imports;
    IdCard holder = SimulatedCards.resident();

    @BeforeEach
    void open() throws Exception {
        db = QueueDatabase.open(dir.resolve("queue.db"), QueueDatabase.Durability.NORMAL);
        TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
        LineCatalogue lines = new FixedLineCatalogue(List.of(QueueFixture.A, QueueFixture.B), QueueFixture.HOURS, false);
        TicketDesk desk = new TicketDesk(db, lines, QueueSettings.defaults(), clock, "kiosk-test", new SecureRandom());
        book = new AppointmentBook(db, desk, clock);
        imports = new AppointmentImport(book, lines);
        Path csv = dir.resolve("bookings.csv");
        Files.writeString(csv, "\uFEFFcode,line,date,from,to,idNumber,name\n"
                + "# exported 2026-11-26\n"
                + "BK-1001,A,2026-11-27,09:30,10:00," + holder.idNumber() + ",李四\n"
                + "BK-1002,B,2026-11-27,10:00,10:30,,\n"
                + "BK-1003,A,2026-11-30,09:00,09:30,,\"王,五\"\n"
                + "BK-0999,A,2026-11-26,09:00,09:30,,\n", StandardCharsets.UTF_8);
        AppointmentBook.ImportReport r = imports.importFile(csv);
        assertThat(r).isEqualTo(new AppointmentBook.ImportReport(3, 0, 0, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importKeepsOnlyAHashAndTheMaskedName() throws Exception {
        Appointment a = book.on(LocalDate.of(2026, 11, 27)).get(0);
        assertThat(a.code()).isEqualTo("BK-1001");
        assertThat(a.maskedName()).contains("李*");
        assertThat(a.identified()).isTrue();
        assertThat(book.on(LocalDate.of(2026, 11, 30)).get(0).maskedName()).contains("王*五");
        String stored = db.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT * FROM appointment")) {
                StringBuilder sb = new StringBuilder();
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        sb.append(r.getString(i)).append('|');
                    }
                }
                return sb.toString();
            }
        });
        assertThat(stored).doesNotContain(holder.idNumber()).doesNotContain("李四");
    }

    @Test
    void reimportUpdatesAndLeavesCheckedInBookingsAlone() throws Exception {
        assertThat(book.checkIn("BK-1001", Optional.empty())).isInstanceOf(IssueResult.Issued.class);
        Path again = dir.resolve("again.json");
        Files.writeString(again, "{\"appointments\": [{\"code\":\"BK-1001\",\"line\":\"B\",\"date\":\"2026-11-27\",\"from\":\"11:00\",\"to\":\"11:30\"},"
                + "{\"code\":\"BK-1002\",\"line\":\"B\",\"date\":\"2026-11-27\",\"from\":\"11:00\",\"to\":\"11:30\"}]}", StandardCharsets.UTF_8);
        assertThat(imports.importFile(again)).isEqualTo(new AppointmentBook.ImportReport(0, 1, 1, 0));
        assertThat(book.byScan("BK-1002").orElseThrow().from()).isEqualTo(LocalTime.of(11, 0));
        assertThat(book.byScan("BK-1001").orElseThrow().line()).isEqualTo("A");
    }

    @Test
    void aBrokenFileImportsNothingAndNamesEveryProblem() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,line,date,from,to,phone\nBK-2001,A,27/11/2026,09:30,10:00\nx,A,2026-11-27,10:00,09:00,\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(bad)).isInstanceOfSatisfying(AppointmentImportException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.equals("bad.csv:1: unknown column 'phone' (columns: code, line, date, from, to, idNumber, name)"));
            assertThat(e.problems()).anyMatch(p -> p.equals("bad.csv:2: 5 values but the header has 6 columns"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("bad.csv:3: code 'x'"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("bad.csv:3: the slot must end after it starts"));
        });
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "[{\"code\": \"BK-3001\", ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(json)).isInstanceOfSatisfying(AppointmentImportException.class,
                e -> assertThat(e.problems().get(0)).startsWith("bad.json:1: not valid JSON"));
        assertThat(book.byScan("BK-2001")).isEmpty();
    }
}
