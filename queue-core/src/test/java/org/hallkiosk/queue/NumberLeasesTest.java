package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
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

/** Lease blocks from A9000 up, online numbers below them, hand-over by issue time, and request ids that repeat nothing. */
@ParameterizedClass
@EnumSource(Backend.class)
class NumberLeasesTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;
    QueueFixture q;
    NumberLeases leases;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        q = new QueueFixture(dbs.place());
        leases = new NumberLeases(q.db, q.lines, q.settings, q.clock, new SecureRandom());
    }

    @AfterEach
    void close() {
        q.close();
        dbs.close();
    }

    @Test
    void blocksAreCarvedInOrderPerLineAndTheSameRequestGetsTheSameBlock() {
        NumberLease a = leases.grant(Origin.of("k1", "lease-req-01"), "A", 20);
        assertThat(a.numbers()).isEqualTo("A9000-A9019");
        assertThat(leases.grant(Origin.of("k1", "lease-req-01"), "A", 20)).isEqualTo(a);
        assertThat(leases.grant(Origin.of("k2", "lease-req-01"), "A", 5).numbers()).isEqualTo("A9020-A9024");
        assertThat(leases.grant(Origin.of("k1", "lease-req-02"), "B", 5).numbers()).isEqualTo("B9000-B9004");
        assertThat(leases.of("k1")).extracting(NumberLease::line).containsExactly("A", "B");
        assertThat(leases.lease(a.id())).contains(a);
        assertThatThrownBy(() -> leases.grant(Origin.of("k1", "lease-req-03"), "A", 0)).isInstanceOf(LeaseException.class);
        assertThatThrownBy(() -> leases.grant(Origin.of("k1", "lease-req-04"), "Z", 5)).hasMessageContaining("no business line");
        assertThatThrownBy(() -> leases.grant(Origin.local("k1"), "A", 5)).hasMessageContaining("request id");
    }

    @Test
    void theLeaseRangeEndsAt9999AndOnlineNumbersStopBelowIt() throws Exception {
        q.db.write(c -> TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 8998)"));
        assertThat(q.issue("A").number()).isEqualTo("A8999");
        NumberLease last = leases.grant(Origin.of("k1", "lease-req-05"), "A", 100);
        for (int i = 0; i < 9; i++) {
            last = leases.grant(Origin.of("k1", "lease-req-1" + i), "A", 100);
        }
        assertThat(last.numbers()).isEqualTo("A9900-A9999");
        assertThatThrownBy(() -> leases.grant(Origin.of("k1", "lease-req-20"), "A", 1)).hasMessageContaining("every lease number");
        assertThat(q.refusal(q.desk.issueFor("A", Optional.empty())).rule()).as("online never enters the lease range")
                .isEqualTo("numbers-exhausted");
    }

    @Test
    void handedOverTicketsTakeThePlaceOfTheirIssueTime() {
        NumberLease lease = leases.grant(Origin.of("k1", "lease-req-30"), "A", 5);
        Ticket first = q.issue("A"); // 09:30
        q.advanceMinutes(10);
        q.issue("A"); // 09:40
        q.advanceMinutes(30);
        Visitor elder = new Visitor("ef".repeat(32), "赵*", true);
        List<HandOver> out = leases.handOver("k1", List.of(
                new OfflineTicket(lease.id(), "261127A9000AAAA", "A9000", first.issuedAt().plus(Duration.ofMinutes(5)), Optional.empty(), Optional.of("X-1")),
                new OfflineTicket(lease.id(), "261127A9001AAAA", "A9001", first.issuedAt().plus(Duration.ofHours(5)), Optional.of(elder), Optional.empty()),
                new OfflineTicket(lease.id(), "261127A9100AAAA", "A9100", first.issuedAt(), Optional.empty(), Optional.empty())));
        assertThat(out.get(0)).isInstanceOf(HandOver.Accepted.class);
        assertThat(((HandOver.Accepted) out.get(0)).ticket().item()).contains("X-1");
        Ticket late = ((HandOver.Accepted) out.get(1)).ticket();
        assertThat(late.issuedAt()).as("a kiosk clock ahead of the server's is clamped to now").isEqualTo(q.clock.instant());
        assertThat(late.priority()).isEqualTo(Priority.ELDER);
        assertThat(late.maskedName()).contains("赵*");
        assertThat(out.get(2)).isInstanceOf(HandOver.Rejected.class);
        assertThat(leases.handOver("k2", List.of(new OfflineTicket(lease.id(), "261127A9002AAAA", "A9002", first.issuedAt(),
                Optional.empty(), Optional.empty())))).first().isInstanceOf(HandOver.Rejected.class);
        assertThat(leases.handOver("k1", List.of(new OfflineTicket(lease.id(), "261127A9000BBBB", "A9000", first.issuedAt(),
                Optional.empty(), Optional.empty())))).first().isInstanceOfSatisfying(HandOver.Rejected.class,
                r -> assertThat(r.reason()).contains("another ticket id"));
        // Calling order: the elder first, then by issue time: A001 09:30, A9000 09:35, A002 09:40.
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A9001");
        assertThat(q.counter.call(2, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
        assertThat(q.counter.call(3, Optional.empty()).orElseThrow().number()).isEqualTo("A9000");
        assertThat(q.counter.call(4, Optional.empty()).orElseThrow().number()).isEqualTo("A002");
    }

    @Test
    void anOfflineTicketVoidsTheTicketItsTimedOutRequestGotAfterAll() {
        NumberLease lease = leases.grant(Origin.of("k1", "lease-req-40"), "A", 5);
        // The request reached the server and was issued, but the answer never reached the kiosk...
        Ticket ghost = q.issued(q.desk.issue("A", Optional.empty(), Optional.empty(), Origin.of("k1", "timed-out-01"))).ticket();
        // ...which issued from its lease instead, naming the request.
        List<HandOver> out = leases.handOver("k1", List.of(new OfflineTicket(lease.id(), "261127A9000CCCC", "A9000",
                ghost.issuedAt(), Optional.empty(), Optional.empty(), Optional.of("timed-out-01"))));
        assertThat(out.get(0)).isInstanceOf(HandOver.Accepted.class);
        assertThat(q.desk.ticket(ghost.id()).orElseThrow().state()).isEqualTo(TicketState.VOID);
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A9000");
        assertThat(q.counter.call(2, Optional.empty())).as("nobody holds the voided ticket").isEmpty();
    }

    @Test
    void aRetriedIssueReturnsTheSameTicketEvenAfterHours() {
        IssueResult.Issued first = q.issued(q.desk.issue("A", Optional.empty(), Optional.empty(), Origin.of("k1", "issue-req-01")));
        q.at(18, 0);
        IssueResult.Issued again = q.issued(q.desk.issue("A", Optional.empty(), Optional.empty(), Origin.of("k1", "issue-req-01")));
        assertThat(again.replayed()).isTrue();
        assertThat(again.ticket()).isEqualTo(first.ticket());
        assertThat(q.refusal(q.desk.issue("A", Optional.empty(), Optional.empty(), Origin.of("k1", "issue-req-02"))).rule())
                .isEqualTo("outside-hours");
    }
}
