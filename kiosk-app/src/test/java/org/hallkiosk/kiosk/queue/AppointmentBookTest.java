package org.hallkiosk.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppointmentBookTest {

    @TempDir
    Path dir;
    QueueFixture q;
    AppointmentBook book;
    IdCard holder = SimulatedCards.resident();

    @BeforeEach
    void open() throws Exception {
        q = new QueueFixture(dir);
        book = new AppointmentBook(q.db, q.desk, q.clock);
        Path csv = dir.resolve("bookings.csv");
        Files.writeString(csv, "\uFEFFcode,line,date,from,to,idNumber,name\n"
                + "# exported 2026-11-26\n"
                + "BK-1001,A,2026-11-27,09:30,10:00," + holder.idNumber() + ",李四\n"
                + "BK-1002,B,2026-11-27,10:00,10:30,,\n"
                + "BK-1003,A,2026-11-30,09:00,09:30,,\"王,五\"\n"
                + "BK-0999,A,2026-11-26,09:00,09:30,,\n", StandardCharsets.UTF_8);
        AppointmentBook.ImportReport r = book.importFile(csv);
        assertThat(r).isEqualTo(new AppointmentBook.ImportReport(3, 0, 0, 1));
    }

    @AfterEach
    void close() {
        q.close();
    }

    @Test
    void importKeepsOnlyAHashAndTheMaskedName() throws Exception {
        Appointment a = book.on(LocalDate.of(2026, 11, 27)).get(0);
        assertThat(a.code()).isEqualTo("BK-1001");
        assertThat(a.maskedName()).contains("李*");
        assertThat(a.identified()).isTrue();
        assertThat(book.on(LocalDate.of(2026, 11, 30)).get(0).maskedName()).contains("王*五");
        String stored = q.db.read(c -> {
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
        assertThat(book.importFile(again)).isEqualTo(new AppointmentBook.ImportReport(0, 1, 1, 0));
        assertThat(book.byScan("BK-1002").orElseThrow().from()).isEqualTo(LocalTime.of(11, 0));
        assertThat(book.byScan("BK-1001").orElseThrow().line()).isEqualTo("A");
    }

    @Test
    void aBrokenFileImportsNothingAndNamesEveryProblem() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,line,date,from,to,phone\nBK-2001,A,27/11/2026,09:30,10:00\nx,A,2026-11-27,10:00,09:00,\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> book.importFile(bad)).isInstanceOfSatisfying(AppointmentImportException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.equals("bad.csv:1: unknown column 'phone' (columns: code, line, date, from, to, idNumber, name)"));
            assertThat(e.problems()).anyMatch(p -> p.equals("bad.csv:2: 5 values but the header has 6 columns"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("bad.csv:3: code 'x'"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("bad.csv:3: the slot must end after it starts"));
        });
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "[{\"code\": \"BK-3001\", ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> book.importFile(json)).isInstanceOfSatisfying(AppointmentImportException.class,
                e -> assertThat(e.problems().get(0)).startsWith("bad.json:1: not valid JSON"));
        assertThat(book.byScan("BK-2001")).isEmpty();
    }

    @Test
    void checkInByCardGivesAppointmentPriorityOnTheBookedLine() {
        q.issue("A");
        q.issue("A");
        IssueResult.Issued t = q.issued(book.checkIn(q.desk.visitorOf(holder)));
        assertThat(t.ticket().number()).isEqualTo("A003");
        assertThat(t.ticket().priority()).isEqualTo(Priority.APPOINTMENT);
        assertThat(t.position().ahead()).isZero();
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A003");
        assertThat(q.refusal(book.checkIn(q.desk.visitorOf(holder)))).isEqualTo(new Refusal.BookingUsed("A003"));
    }

    @Test
    void checkInByScannedCodeAcceptsTheCodeOrAUrlCarryingIt() {
        assertThat(AppointmentBook.codeIn("https://yuyue.example.org/b/BK-1002")).isEqualTo("BK-1002");
        assertThat(AppointmentBook.codeIn("https://yuyue.example.org/b?code=BK-1002&x=1")).isEqualTo("BK-1002");
        q.at(10, 0);
        IssueResult.Issued t = q.issued(book.checkIn("https://yuyue.example.org/b?code=BK-1002", Optional.empty()));
        assertThat(t.ticket().line()).isEqualTo("B");
        assertThat(q.refusal(book.checkIn("NOPE-1234", Optional.empty()))).isEqualTo(new Refusal.UnknownBooking());
    }

    @Test
    void checkInOpensAndClosesWithTheMargin() {
        q.at(9, 44); // BK-1002 is 10:00-10:30, margin 15
        assertThat(q.refusal(book.checkIn("BK-1002", Optional.empty()))).isEqualTo(new Refusal.BookingTooEarly(LocalTime.of(9, 45)));
        q.at(10, 46);
        assertThat(q.refusal(book.checkIn("BK-1002", Optional.empty()))).isEqualTo(new Refusal.BookingMissed(LocalTime.of(10, 30)));
        q.at(10, 45);
        assertThat(book.checkIn("BK-1002", Optional.empty())).isInstanceOf(IssueResult.Issued.class);
    }

    @Test
    void refusesOtherDaysOtherPeopleAndPeopleWithoutBookings() {
        assertThat(q.refusal(book.checkIn("BK-1003", Optional.empty()))).isEqualTo(new Refusal.BookingOtherDay(LocalDate.of(2026, 11, 30)));
        Visitor stranger = q.desk.visitorOf(SimulatedCards.residentElder());
        assertThat(q.refusal(book.checkIn("BK-1001", Optional.of(stranger)))).isEqualTo(new Refusal.BookingOtherPerson());
        assertThat(q.refusal(book.checkIn(stranger))).isEqualTo(new Refusal.NoBookingToday());
    }

    @Test
    void aBookingSkipsTheWalkInQuota() {
        q.at(10, 0);
        q.issue("B");
        q.issue("B");
        q.issue("B"); // quota 3 reached for walk-ins
        assertThat(q.refusal(q.desk.issueFor("B", Optional.empty())).rule()).isEqualTo("quota-reached");
        assertThat(q.issued(book.checkIn("BK-1002", Optional.empty())).ticket().number()).isEqualTo("B004");
    }
}
