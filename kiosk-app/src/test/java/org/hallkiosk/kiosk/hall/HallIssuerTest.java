package org.hallkiosk.kiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network cut: the hall server stops while two kiosks issue. Both keep issuing from their leases; when the server is
 * back they hand over, the hall's numbers are unique, and the counters call everyone in the order they took tickets.
 */
class HallIssuerTest {

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
    final LineCatalogue lines = new FixedLineCatalogue(List.of(QueueFixture.A, QueueFixture.B),
            List.of(new OpenPeriod(LocalTime.of(0, 0), LocalTime.of(23, 59))), true);
    QueueServices hall;
    HallServer server;
    final List<QueueDatabase> kioskDbs = new ArrayList<>();

    void startServer(int port) {
        QueueDatabase db = QueueDatabase.open(dir.resolve("hall.db"), QueueDatabase.Durability.NORMAL);
        hall = QueueServices.on(db, lines, QueueSettings.defaults(), clock, "hall");
        server = HallServer.start(new HallConfig("127.0.0.1", port, "jdbc:sqlite:" + dir.resolve("hall.db"), Optional.empty(), 2),
                hall, new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock), clock);
    }

    void stopServer() {
        server.close();
        hall.close();
    }

    HallIssuer kiosk(String name, String token) {
        QueueDatabase own = QueueDatabase.open(dir.resolve(name + "-queue.db"), QueueDatabase.Durability.NORMAL);
        kioskDbs.add(own);
        return new HallIssuer(HallClient.of(server.uri(), token, Duration.ofSeconds(2)), own, name, clock,
                new ServiceDay(LocalTime.MIDNIGHT, clock.getZone()), new SecureRandom(), 10);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            stopServer();
        }
        kioskDbs.forEach(QueueDatabase::close);
    }

    @Test
    void bothKiosksKeepIssuingThroughACutAndTheCountersCallInTheOrderTicketsWereTaken() {
        startServer(0);
        int port = server.port();
        DeviceRegistry devices = new DeviceRegistry(hall.db(), new DeviceTokens(new SecureRandom()), clock);
        HallIssuer east = kiosk("kiosk-east", devices.add("kiosk-east", Role.KIOSK).token());
        HallIssuer west = kiosk("kiosk-west", devices.add("kiosk-west", Role.KIOSK).token());
        assertThat(east.topUp(List.of("A"))).hasSize(1);
        assertThat(west.topUp(List.of("A"))).hasSize(1);
        assertThat(east.topUp(List.of("A"))).as("enough left: no second block").isEmpty();

        List<String> takenInOrder = new ArrayList<>();
        takenInOrder.add(((HallIssuer.Online) east.issue("A", Optional.empty(), Optional.empty())).ticket().number()); // 09:30
        assertThat(east.online()).isTrue();

        stopServer(); // the cut
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            HallIssuer.Outcome e = east.issue("A", Optional.empty(), Optional.empty());
            assertThat(e).as("no error for the visitor: a ticket from the lease").isInstanceOf(HallIssuer.Offline.class);
            takenInOrder.add(((HallIssuer.Offline) e).ticket().number());
            clock.advance(Duration.ofMinutes(1));
            takenInOrder.add(((HallIssuer.Offline) west.issue("A", Optional.empty(), Optional.empty())).ticket().number());
        }
        assertThat(east.online()).isFalse();
        assertThat(east.pending()).isEqualTo(3);
        assertThat(east.handOver()).as("still cut: nothing handed over").isEmpty();
        assertThat(takenInOrder.subList(1, 3)).containsExactly("A9000", "A9010");

        clock.advance(Duration.ofMinutes(1));
        startServer(port); // back
        takenInOrder.add(((HallIssuer.Online) west.issue("A", Optional.empty(), Optional.empty())).ticket().number());
        assertThat(west.online()).isTrue();
        assertThat(east.handOver()).extracting(HallClient.HandOverResult::outcome).containsOnly("accepted");
        assertThat(west.handOver()).extracting(HallClient.HandOverResult::outcome).containsOnly("accepted");
        assertThat(east.pending()).isZero();
        assertThat(east.handOver()).isEmpty();

        List<Ticket> all = hall.counter().status().tickets();
        Set<String> numbers = new HashSet<>();
        all.forEach(t -> numbers.add(t.number()));
        assertThat(numbers).as("unique hall-wide").hasSize(all.size()).hasSize(takenInOrder.size());
        List<String> called = new ArrayList<>();
        for (int i = 0; i < takenInOrder.size(); i++) {
            called.add(hall.counter().call(1 + i % 4, Optional.empty()).orElseThrow().number());
            hall.counter().done(1 + i % 4);
        }
        assertThat(called).isEqualTo(takenInOrder);
        assertThat(all.stream().filter(t -> t.state() == TicketState.VOID)).isEmpty();
    }
}
