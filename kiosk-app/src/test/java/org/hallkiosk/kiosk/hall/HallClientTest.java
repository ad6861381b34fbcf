package org.hallkiosk.kiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.NumberLease;
import org.hallkiosk.queue.OfflineTicket;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's client against a real hall server on a loopback port. */
class HallClientTest {

    @TempDir
    Path dir;
    QueueServices queue;
    HallServer server;
    HallClient kiosk;
    HallClient counter;
    TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);

    @BeforeEach
    void start() {
        QueueDatabase db = QueueDatabase.open(dir.resolve("hall.db"), QueueDatabase.Durability.NORMAL);
        queue = QueueServices.on(db, new FixedLineCatalogue(List.of(QueueFixture.A, QueueFixture.B),
                List.of(new OpenPeriod(LocalTime.of(0, 0), LocalTime.of(23, 59))), true), QueueSettings.defaults(), clock, "hall");
        DeviceRegistry devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock);
        String kioskToken = devices.add("kiosk-1", Role.KIOSK).token();
        String counterToken = devices.add("window-1", Role.COUNTER).token();
        server = HallServer.start(new HallConfig("127.0.0.1", 0, "jdbc:sqlite:" + dir.resolve("hall.db"), Optional.empty(), 2),
                queue, devices, clock);
        kiosk = HallClient.of(server.uri(), kioskToken, Duration.ofSeconds(5));
        counter = HallClient.of(server.uri(), counterToken, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
        queue.close();
    }

    @Test
    void issuesRetriesAndReadsTheTicketBackAsTheQueuesOwnRecord() throws Exception {
        Visitor elder = new Visitor("cd".repeat(32), "王*华", true);
        HallClient.Issued first = (HallClient.Issued) kiosk.issue("A", "client-req-1", Optional.of(elder), Optional.of("330100-001"));
        assertThat(first.ticket().number()).isEqualTo("A001");
        assertThat(first.ticket().sequence()).isEqualTo(1);
        assertThat(first.ticket().priority()).isEqualTo(org.hallkiosk.queue.Priority.ELDER);
        assertThat(first.ticket().maskedName()).contains("王*华");
        assertThat(first.ticket().item()).contains("330100-001");
        assertThat(first.ticket().issuedAt()).isEqualTo(clock.instant());
        assertThat(first.replayed()).isFalse();
        HallClient.Issued again = (HallClient.Issued) kiosk.issue("A", "client-req-1", Optional.of(elder), Optional.empty());
        assertThat(again.replayed()).isTrue();
        assertThat(again.ticket()).isEqualTo(first.ticket());
        Ticket lookedUp = kiosk.ticket(first.ticket().id()).orElseThrow();
        assertThat(lookedUp.number()).isEqualTo("A001");
        assertThat(lookedUp.maskedName()).as("only the issuing answer and counters carry the masked name").isEmpty();
        assertThat(kiosk.ticket("nope")).isEmpty();
        HallClient.Refused refused = (HallClient.Refused) kiosk.issue("Z", "client-req-2", Optional.empty(), Optional.empty());
        assertThat(refused.rule()).isEqualTo("unknown-line");
        assertThat(refused.arguments()).containsExactly("Z");
        assertThat(kiosk.lines().get(0).get("waiting").asInt()).isEqualTo(1);
    }

    @Test
    void theCounterSideCallsFinishesAndIsRefusedWhatItMayNotDo() throws Exception {
        kiosk.issue("A", "client-req-3", Optional.empty(), Optional.empty());
        Ticket called = counter.call(1, Optional.empty()).orElseThrow();
        assertThat(called.window()).isEqualTo(1);
        assertThat(counter.recall(1).number()).isEqualTo("A001");
        assertThat(counter.transfer(1, "B", false).line()).isEqualTo("B");
        assertThat(counter.call(5, Optional.of("B")).orElseThrow().number()).isEqualTo("A001");
        assertThat(counter.done(5).state()).isEqualTo(org.hallkiosk.queue.TicketState.DONE);
        assertThat(counter.call(1, Optional.empty())).isEmpty();
        assertThat(counter.status().at("/lines/1/served").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> counter.issue("A", "client-req-4", Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(HallRequestException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> counter.done(1)).isInstanceOfSatisfying(HallRequestException.class,
                e -> assertThat(e.code()).isEqualTo("conflict"));
    }

    @Test
    void leasesAndHandsOverOfflineTickets() throws Exception {
        NumberLease lease = kiosk.lease("A", 10, "client-lease-1");
        assertThat(lease.numbers()).isEqualTo("A9000-A9009");
        assertThat(lease.device()).isEqualTo("kiosk-1");
        assertThat(kiosk.leases()).extracting(NumberLease::id).containsExactly(lease.id());
        OfflineTicket t = new OfflineTicket(lease.id(), "261127A9000ABCD", "A9000", clock.instant().minusSeconds(60),
                Optional.empty(), Optional.empty());
        assertThat(kiosk.handOver(List.of(t))).extracting(HallClient.HandOverResult::outcome).containsExactly("accepted");
        assertThat(kiosk.handOver(List.of(t))).extracting(HallClient.HandOverResult::outcome).containsExactly("already-here");
        assertThat(counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A9000");
    }

    @Test
    void anUnreachableServerIsUnavailableNotAnError() {
        HallClient nowhere = HallClient.of(URI.create("http://127.0.0.1:1"), "hk1_x", Duration.ofSeconds(2));
        assertThatThrownBy(() -> nowhere.issue("A", "client-req-5", Optional.empty(), Optional.empty()))
                .isInstanceOf(HallUnavailableException.class).hasMessageContaining("did not answer");
    }
}
