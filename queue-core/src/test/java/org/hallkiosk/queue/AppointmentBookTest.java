package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class AppointmentBookTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    QueueFixture q;
    AppointmentBook book;
    IdCard holder = SimulatedCards.resident();

    TestDatabases dbs;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        q = new QueueFixture(dbs.place());
        book = new AppointmentBook(q.db, q.desk, q.clock);
        AppointmentBook.ImportReport r = book.save(List.of(
                booking("BK-1001", "A", 27, "09:30", "10:00", Optional.of(holder.idNumber()), Optional.of("李*")),
                booking("BK-1002", "B", 27, "10:00", "10:30", Optional.empty(), Optional.empty()),
                booking("BK-1003", "A", 30, "09:00", "09:30", Optional.empty(), Optional.of("王*五")),
                booking("BK-0999", "A", 26, "09:00", "09:30", Optional.empty(), Optional.empty())));
        assertThat(r).isEqualTo(new AppointmentBook.ImportReport(3, 0, 0, 1));
    }

    @AfterEach
    void close() {
        q.close();
        dbs.close();
    }

    static AppointmentBook.Booking booking(String code, String line, int novemberDay, String from, String to,
                                           Optional<String> idNumber, Optional<String> maskedName) {
        return new AppointmentBook.Booking(code, line, LocalDate.of(2026, 11, novemberDay), LocalTime.parse(from), LocalTime.parse(to),
                idNumber, maskedName);
    }

    @Test
    void storesOnlyAHashAndTheMaskedName() {
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
        assertThat(book.save(List.of()).toString()).doesNotContain(holder.idNumber());
        assertThat(booking("X-0001", "A", 27, "09:00", "09:30", Optional.of(holder.idNumber()), Optional.empty()).toString())
                .doesNotContain(holder.idNumber());
    }

    @Test
    void savingAgainUpdatesAndLeavesCheckedInBookingsAlone() {
        assertThat(book.checkIn("BK-1001", Optional.empty())).isInstanceOf(IssueResult.Issued.class);
        assertThat(book.save(List.of(
                booking("BK-1001", "B", 27, "11:00", "11:30", Optional.empty(), Optional.empty()),
                booking("BK-1002", "B", 27, "11:00", "11:30", Optional.empty(), Optional.empty()))))
                .isEqualTo(new AppointmentBook.ImportReport(0, 1, 1, 0));
        assertThat(book.byScan("BK-1002").orElseThrow().from()).isEqualTo(LocalTime.of(11, 0));
        assertThat(book.byScan("BK-1001").orElseThrow().line()).isEqualTo("A");
    }

    @Test
    void aRetriedHallCheckInReturnsTheSameTicket() {
        q.at(10, 0);
        Origin origin = Origin.of("kiosk-east", "req-checkin-0001");
        IssueResult.Issued first = q.issued(book.checkIn("BK-1002", Optional.empty(), Optional.of(origin)));
        IssueResult.Issued again = q.issued(book.checkIn("BK-1002", Optional.empty(), Optional.of(origin)));
        assertThat(again.ticket()).isEqualTo(first.ticket());
        assertThat(again.replayed()).isTrue();
        assertThat(q.refusal(book.checkIn("BK-1002", Optional.empty(), Optional.of(Origin.of("kiosk-east", "req-checkin-0002")))))
                .isEqualTo(new Refusal.BookingUsed(first.ticket().number()));
    }

    @Test
    void checkInByCardGivesAppointmentPriorityOnTheBookedLine() {
        q.issue("A");
        q.issue("A");
        IssueResult.Issued t = q.issued(book.checkIn(q.visitorOf(holder)));
        assertThat(t.ticket().number()).isEqualTo("A003");
        assertThat(t.ticket().priority()).isEqualTo(Priority.APPOINTMENT);
        assertThat(t.position().ahead()).isZero();
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A003");
        assertThat(q.refusal(book.checkIn(q.visitorOf(holder)))).isEqualTo(new Refusal.BookingUsed("A003"));
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
        Visitor stranger = q.visitorOf(SimulatedCards.residentElder());
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
