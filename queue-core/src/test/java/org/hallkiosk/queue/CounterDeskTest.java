package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class CounterDeskTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    QueueFixture q;

    TestDatabases dbs;
    TestDatabases.Place place;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        place = dbs.place();
        q = new QueueFixture(place);
    }

    @AfterEach
    void close() {
        q.close();
        dbs.close();
    }

    @Test
    void callsInNumberOrderWithinTheWindowsLines() {
        q.issue("A");
        q.issue("B");
        q.issue("A");
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
        assertThat(q.counter.call(2, Optional.empty()).orElseThrow().number()).isEqualTo("A002");
        assertThat(q.counter.call(3, Optional.empty())).isEmpty();
        Ticket b = q.counter.call(5, Optional.empty()).orElseThrow();
        assertThat(b.number()).isEqualTo("B001");
        assertThat(b.state()).isEqualTo(TicketState.CALLED);
        assertThat(b.window()).isEqualTo(5);
        assertThat(b.calledAt()).contains(q.clock.instant());
        assertThat(q.counter.atWindow(5)).contains(b);
    }

    @Test
    void aWindowMayCallAnyLineWhenNamed() {
        q.issue("B");
        assertThat(q.counter.call(1, Optional.of("B")).orElseThrow().number()).isEqualTo("B001");
    }

    @Test
    void refusesCounterActionsThatMakeNoSense() {
        q.issue("A");
        q.issue("A");
        assertThatThrownBy(() -> q.counter.call(9, Optional.empty())).isInstanceOf(CounterException.class)
                .hasMessageContaining("window 9 serves no line");
        assertThatThrownBy(() -> q.counter.call(1, Optional.of("Q"))).hasMessageContaining("no business line 'Q'");
        assertThatThrownBy(() -> q.counter.done(1)).hasMessageContaining("window 1 has no called ticket");
        assertThatThrownBy(() -> q.counter.call(0, Optional.empty())).hasMessageContaining("1 to 999");
        q.counter.call(1, Optional.empty());
        assertThatThrownBy(() -> q.counter.call(1, Optional.empty())).hasMessageContaining("window 1 is still on A001");
        assertThatThrownBy(() -> q.counter.transfer(1, "A", false)).hasMessageContaining("already in line A");
    }

    @Test
    void priorityOrderIsAppointmentThenElderThenNumber() throws Exception {
        q.issue("A"); // A001 normal
        Ticket elder = q.issued(q.desk.issueFor("A", Optional.of(new Visitor("h-elder", "张*", true)))).ticket(); // A002
        Ticket booked = q.issued(q.desk.issue("A", Optional.empty(), Priority.APPOINTMENT, Optional.of("BK1"))).ticket(); // A003
        q.issue("A"); // A004
        assertThat(List.of(elder.number(), booked.number())).containsExactly("A002", "A003");
        assertThat(q.desk.position(q.issue("A").id()).orElseThrow().ahead()).isEqualTo(4);
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A003");
        assertThat(q.counter.call(2, Optional.empty()).orElseThrow().number()).isEqualTo("A002");
        assertThat(q.counter.call(3, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
        assertThat(q.counter.call(4, Optional.empty()).orElseThrow().number()).isEqualTo("A004");
    }

    @Test
    void recallCountsAndKeepsTheTicketAtTheWindow() throws Exception {
        q.issue("A");
        q.counter.call(1, Optional.empty());
        Ticket t = q.counter.recall(1);
        assertThat(t.number()).isEqualTo("A001");
        long recalls = q.db.read(c -> TicketRows.longValue(c, "SELECT recalls FROM ticket WHERE id = ?", t.id()));
        assertThat(recalls).isEqualTo(1);
        assertThat(q.counter.atWindow(1)).isPresent();
    }

    @Test
    void doneRecordsTheServiceTimeThatTheEstimateThenUses() {
        q.issue("A");
        q.counter.call(1, Optional.empty());
        q.clock.advance(Duration.ofMinutes(4));
        Ticket done = q.counter.done(1);
        assertThat(done.state()).isEqualTo(TicketState.DONE);
        assertThat(q.counter.atWindow(1)).isEmpty();
        QueueStatus s = q.counter.status();
        // one real sample of 4 min plus four planned 10-min stand-ins: (4 + 40) / 5
        assertThat(s.lines().get(0).averageServiceMinutes()).isEqualTo(8.8);
        assertThat(s.lines().get(0).served()).isEqualTo(1);
    }

    @Test
    void noShowVoidsUnderTheVoidPolicy() {
        q.issue("A");
        q.issue("A");
        q.counter.call(1, Optional.empty());
        NoShowOutcome out = q.counter.noShow(1);
        assertThat(out.voided()).isTrue();
        assertThat(out.ticket().state()).isEqualTo(TicketState.VOID);
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A002");
    }

    @Test
    void noShowRequeuesAfterThePauseUpToTheLimit() {
        q.close();
        q = new QueueFixture(place, QueueSettings.defaults().withNoShow(NoShowPolicy.REQUEUE, 10, 1), List.of(QueueFixture.A));
        q.issue("A");
        q.issue("A");
        q.counter.call(1, Optional.empty());
        NoShowOutcome out = q.counter.noShow(1);
        assertThat(out.voided()).isFalse();
        assertThat(out.ticket().state()).isEqualTo(TicketState.WAITING);
        assertThat(out.callableFrom()).contains(q.clock.instant().plus(Duration.ofMinutes(10)));
        q.counter.call(1, Optional.empty()); // A002
        q.counter.done(1);
        assertThat(q.counter.call(1, Optional.empty())).as("A001 is paused for 10 minutes").isEmpty();
        q.issue("A"); // A003 joins after the requeue, so behind A001
        q.advanceMinutes(10);
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
        NoShowOutcome second = q.counter.noShow(1);
        assertThat(second.voided()).as("the second miss exceeds requeueLimit 1").isTrue();
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A003");
    }

    @Test
    void transferKeepsTheNumberAndJoinsTheOtherLine() {
        q.issue("B"); // B001
        q.issue("A"); // A001
        q.counter.call(1, Optional.empty());
        q.clock.advance(Duration.ofMinutes(3));
        Ticket moved = q.counter.transfer(1, "B", false);
        assertThat(moved.number()).isEqualTo("A001");
        assertThat(moved.line()).isEqualTo("B");
        assertThat(moved.issuedOn()).isEqualTo("A");
        assertThat(moved.state()).isEqualTo(TicketState.WAITING);
        assertThat(q.desk.position(moved.id()).orElseThrow().ahead()).isEqualTo(1);
        assertThat(q.counter.call(5, Optional.empty()).orElseThrow().number()).isEqualTo("B001");
        assertThat(q.counter.call(6, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
        assertThat(q.counter.status().lines().get(0).averageServiceMinutes()).as("3 min at window 1 counts for A")
                .isEqualTo((3 + 4 * 10) / 5.0);
    }

    @Test
    void transferToTheFrontGoesBeforeThoseWaiting() {
        q.issue("B");
        q.issue("B");
        q.issue("A");
        q.counter.call(1, Optional.empty());
        q.counter.transfer(1, "B", true);
        assertThat(q.counter.call(5, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
    }

    @Test
    void statusCountsEachLineAndListsTodaysTickets() {
        q.issue("A");
        q.issue("A");
        q.issue("A");
        q.issue("B");
        q.counter.call(1, Optional.empty());
        q.counter.done(1);
        q.counter.call(1, Optional.empty());
        QueueStatus s = q.counter.status();
        assertThat(s.serviceDay()).hasToString("2026-11-27");
        QueueStatus.LineCounts a = s.lines().get(0);
        assertThat(List.of(a.prefix(), a.name(), a.waiting(), a.called(), a.served())).containsExactly("A", "综合受理", 1, 1, 1);
        assertThat(s.tickets()).extracting(Ticket::number).containsExactly("A001", "A002", "A003", "B001");
        assertThat(s.tickets()).extracting(Ticket::state)
                .containsExactly(TicketState.DONE, TicketState.CALLED, TicketState.WAITING, TicketState.WAITING);
    }

    @Test
    void theEstimateUsesTheWindowsThatAreActuallyCalling() {
        for (int i = 0; i < 9; i++) {
            q.issue("A");
        }
        // Before any call: the four windows of lines.yaml. ceil(9 * 10 / 4) = 23
        assertThat(q.desk.summary(QueueFixture.A).estimatedWaitMinutes()).isEqualTo(23);
        q.counter.call(2, Optional.empty());
        // One window working: ceil(8 * 10 / 1) = 80
        assertThat(q.desk.summary(QueueFixture.A).estimatedWaitMinutes()).isEqualTo(80);
        q.advanceMinutes(31);
        assertThat(q.desk.summary(QueueFixture.A).estimatedWaitMinutes()).as("the call is older than activeWindowMinutes").isEqualTo(20);
    }

    @Test
    void theStaffIdIsKeptWithTheCallAndTheTicketItServes() {
        q.issue("A");
        q.issue("B");
        Ticket a = q.counter.call(1, List.of("B", "A"), Optional.of("1023")).orElseThrow();
        assertThat(a.number()).as("the earliest of the chosen lines").isEqualTo("A001");
        q.counter.recall(1, Optional.of("1023"));
        q.counter.done(1, Optional.of("2077"));
        List<String> served = q.db.read(c -> staffOf(c, "SELECT staff_id FROM ticket WHERE id = ?", a.id()));
        assertThat(served).isEqualTo(List.of("2077"));
        List<String> actions = q.db.read(c -> staffOf(c, "SELECT staff_id FROM ticket_event WHERE ticket_id = ?", a.id()));
        assertThat(actions).containsExactlyInAnyOrder("1023", "1023", "2077");
        assertThatThrownBy(() -> q.counter.call(1, List.of(), Optional.of("10 23; drop"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("工号");
        assertThat(q.counter.call(1, List.of("B"), Optional.empty()).orElseThrow().number()).as("no staff id is fine").isEqualTo("B001");
    }

    private static List<String> staffOf(java.sql.Connection c, String sql, String id) throws java.sql.SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            try (java.sql.ResultSet r = p.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        }
    }
}
