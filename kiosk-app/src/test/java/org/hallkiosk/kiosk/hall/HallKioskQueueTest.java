package org.hallkiosk.kiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.hallkiosk.queue.AppointmentBook;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketState;
import org.hallkiosk.queue.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kiosks in hall mode against a real hall server (SQLite and PostgreSQL) through a proxy that can cut the network:
 * they issue through a cut without a visitor seeing an error, hand over afterwards, the hall's numbers stay unique
 * and the counters call in the order tickets were taken; the status lamp's link says offline and online again; and
 * the ID-card rules and bookings are the server's.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HallKioskQueueTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestHall hall;

    @BeforeEach
    void start() {
        hall = new TestHall(backend, dir);
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    private static Ticket issued(IssueResult r) {
        assertThat(r).as("a ticket, not a refusal").isInstanceOf(IssueResult.Issued.class);
        return ((IssueResult.Issued) r).ticket();
    }

    @Test
    void twoKiosksIssueThroughACutHandOverAndTheCountersCallInTheOrderTicketsWereTaken() throws Exception {
        TestHall.Kiosk east = hall.kiosk("kiosk-east", 10);
        TestHall.Kiosk west = hall.kiosk("kiosk-west", 10);
        assertThat(east.link().check()).isEqualTo(new DeviceState.Ok("在线 online"));
        assertThat(west.link().check().health()).isEqualTo(Health.OK);

        List<String> taken = new ArrayList<>();
        taken.add(issued(east.queue().issue("A", Optional.empty())).number());
        hall.clock.advance(Duration.ofMinutes(1));
        taken.add(issued(west.queue().issue("A", Optional.empty())).number());
        assertThat(taken).containsExactly("A001", "A002");
        assertThat(east.queue().summary("A").orElseThrow().waiting()).as("online: the server's count").isEqualTo(2);

        hall.proxy().cut();
        for (int i = 0; i < 4; i++) {
            hall.clock.advance(Duration.ofMinutes(1));
            taken.add(issued(east.queue().issue("A", Optional.empty())).number());
            hall.clock.advance(Duration.ofMinutes(1));
            taken.add(issued(west.queue().issue("A", Optional.empty())).number());
        }
        assertThat(taken.subList(2, 6)).as("each kiosk from its own lease").containsExactly("A9000", "A9010", "A9001", "A9011");
        DeviceState lamp = east.link().check();
        assertThat(lamp.health()).as("amber: working, staff should know").isEqualTo(Health.DEGRADED);
        assertThat(lamp.reason()).contains("离线").contains("offline").contains("4 to hand over");
        assertThat(east.queue().online()).isFalse();
        assertThat(east.queue().summaries()).as("the lines still show, from what the kiosk last knew")
                .extracting(LineSummary::issuing).containsOnly(true);
        assertThat(east.queue().summary("A").orElseThrow().waiting()).as("last known 2 waiting, plus its own 4").isEqualTo(6);

        hall.proxy().restore();
        hall.clock.advance(Duration.ofMinutes(1));
        assertThat(east.link().check()).as("back: handed over").isEqualTo(new DeviceState.Ok("在线 online"));
        assertThat(east.queue().pending()).isZero();
        taken.add(issued(east.queue().issue("A", Optional.empty())).number());
        assertThat(taken.get(taken.size() - 1)).as("online numbering goes on where it was").isEqualTo("A003");
        assertThat(west.link().check().health()).isEqualTo(Health.OK);
        assertThat(west.queue().pending()).isZero();

        List<Ticket> all = hall.hall().counter().status().tickets();
        Set<String> numbers = new HashSet<>();
        all.forEach(t -> numbers.add(t.number()));
        assertThat(numbers).as("unique hall-wide, and every ticket printed is there").hasSize(all.size()).containsExactlyInAnyOrderElementsOf(taken);
        HallClient counter = hall.counter();
        List<String> called = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            called.add(counter.call(1 + i % 4, Optional.empty()).orElseThrow().number());
            counter.done(1 + i % 4);
        }
        assertThat(called).as("fair: in the order visitors took their tickets, online or not").isEqualTo(taken);
        assertThat(all).extracting(Ticket::state).doesNotContain(TicketState.VOID);
    }

    @Test
    void theHelpButtonCallsTheHallsCountersOnce() throws Exception {
        TestHall.Kiosk east = hall.kiosk("kiosk-east", 10);
        assertThat(east.queue().client().askForHelp(Optional.of("2楼东侧"))).as("a new call").isTrue();
        assertThat(east.queue().client().askForHelp(Optional.empty())).as("already open: not a second call").isFalse();
    }

    @Test
    void aStoppedServerIsANetworkCutToo() {
        TestHall.Kiosk east = hall.kiosk("kiosk-east", 10);
        east.link().check();
        hall.stopServer();
        hall.clock.advance(Duration.ofMinutes(1));
        assertThat(issued(east.queue().issue("B", Optional.empty())).number()).isEqualTo("B9000");
        assertThat(east.link().check().health()).isEqualTo(Health.DEGRADED);
        hall.startServer();
        assertThat(east.link().check().health()).isEqualTo(Health.OK);
        assertThat(hall.hall().counter().status().tickets()).extracting(Ticket::number).containsExactly("B9000");
    }

    @Test
    void theServersRulesApplyAsInLocalMode() throws Exception {
        TestHall.Kiosk east = hall.kiosk("kiosk-east", 10);
        TestHall.Kiosk west = hall.kiosk("kiosk-west", 10);
        Visitor card = east.queue().visitor(SimulatedCards.resident());
        Ticket first = issued(east.queue().issue("A", Optional.of(card)));
        assertThat(first.maskedName()).contains(card.maskedName());
        IssueResult again = west.queue().issue("A", Optional.of(west.queue().visitor(SimulatedCards.resident())));
        assertThat(again).as("one ticket per card per line, across kiosks: the hall's one identity key")
                .isEqualTo(new IssueResult.Refused(new Refusal.Remote("already-waiting", List.of("A001", 0))));

        Ticket elder = issued(west.queue().issue("A", Optional.of(west.queue().visitor(SimulatedCards.residentElder()))));
        assertThat(elder.priority()).isEqualTo(Priority.ELDER);

        for (int i = 0; i < 3; i++) { // line B: quota 3 a day
            issued(east.queue().issue("B", Optional.empty()));
        }
        IssueResult full = west.queue().issue("B", Optional.empty());
        assertThat(((IssueResult.Refused) full).refusal().rule()).isEqualTo("quota-reached");
        assertThat(west.queue().summary("B").orElseThrow().notIssuing()).map(Refusal::rule).contains("quota-reached");

        hall.hall().appointments().save(List.of(new AppointmentBook.Booking("YY-20261127-0930", "A", LocalDate.of(2026, 11, 27),
                LocalTime.of(9, 30), LocalTime.of(10, 0), Optional.empty(), Optional.empty())));
        Ticket booked = issued(east.queue().checkIn("YY-20261127-0930", Optional.empty()));
        assertThat(booked.priority()).isEqualTo(Priority.APPOINTMENT);
        assertThat(((IssueResult.Refused) east.queue().checkIn("YY-20261127-0930", Optional.empty())).refusal().rule())
                .isEqualTo("booking-used");

        hall.proxy().cut();
        assertThat(west.queue().checkIn("YY-20261127-0930", Optional.empty())).as("only the server knows bookings")
                .isEqualTo(new IssueResult.Refused(new Refusal.HallUnreachable()));
        assertThat(west.queue().summary("B").orElseThrow().notIssuing()).as("offline, the last word on the quota stands")
                .map(Refusal::rule).contains("quota-reached");
        assertThat(west.queue().issue("B", Optional.empty())).isInstanceOf(IssueResult.Refused.class);
    }

    @Test
    void withoutALeaseOrWithARevokedTokenTheKioskSaysSoInsteadOfFailing() {
        TestHall.Kiosk east = hall.kiosk("kiosk-east", 4);
        hall.proxy().cut();
        assertThat(east.queue().issue("A", Optional.empty())).as("never leased: nothing to issue from")
                .isEqualTo(new IssueResult.Refused(new Refusal.HallUnreachable()));
        hall.proxy().restore();
        hall.clock.advance(Duration.ofMinutes(1));
        east.link().check();
        hall.proxy().cut();
        for (int i = 0; i < 4; i++) {
            issued(east.queue().issue("A", Optional.empty()));
        }
        assertThat(east.queue().issue("A", Optional.empty())).as("the lease is used up")
                .isEqualTo(new IssueResult.Refused(new Refusal.HallUnreachable()));
        hall.proxy().restore();
        hall.revoke("kiosk-east");
        DeviceState state = east.link().check();
        assertThat(state.health()).as("red: this kiosk cannot work with the hall").isEqualTo(Health.OFFLINE);
        assertThat(state.reason()).contains("refuses this kiosk");
    }
}
