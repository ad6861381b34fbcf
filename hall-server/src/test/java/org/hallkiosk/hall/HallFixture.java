package org.hallkiosk.hall;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;

/**
 * A hall server in this JVM on a test database, listening on a free port, with lines A and B open all day and one
 * device of each role (plus a second kiosk).
 */
final class HallFixture implements AutoCloseable {

    final TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
    /** A busy line for load tests: no quota, one-minute service at twenty windows, so no rule refuses a thousand tickets. */
    static final QueueLine BUSY = new QueueLine("Q", "压力测试", java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), 0, 1, 0);
    static final List<OpenPeriod> ALL_DAY = List.of(new OpenPeriod(LocalTime.of(0, 0), LocalTime.of(23, 59)));

    final LineCatalogue lines;
    final QueueDatabase db;
    final QueueServices queue;
    final DeviceRegistry devices;
    final HallServer server;
    final String kioskToken;
    final String kiosk2Token;
    final String counterToken;
    final String displayToken;

    HallFixture(TestDatabases.Place place) {
        this(place, Optional.empty());
    }

    HallFixture(TestDatabases.Place place, Optional<TlsSettings> tls) {
        this(place, tls, List.of(QueueFixture.A, QueueFixture.B, BUSY), 4);
    }

    HallFixture(TestDatabases.Place place, Optional<TlsSettings> tls, List<QueueLine> served, int poolSize) {
        lines = new FixedLineCatalogue(served, ALL_DAY, true);
        db = org.hallkiosk.queue.QueueDatabase.open(place.url(), QueueDatabase.Durability.NORMAL, poolSize);
        queue = QueueServices.on(db, lines, QueueSettings.defaults(), clock, "hall", place.key());
        devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock);
        kioskToken = devices.add("kiosk-east", Role.KIOSK).token();
        kiosk2Token = devices.add("kiosk-west", Role.KIOSK).token();
        counterToken = devices.add("window-03", Role.COUNTER).token();
        displayToken = devices.add("display-hall", Role.DISPLAY).token();
        server = HallServer.start(new HallConfig("127.0.0.1", 0, place.url(), tls, poolSize), queue, devices, clock);
    }

    Http kiosk() {
        return new Http(server.uri(), kioskToken);
    }

    Http counter() {
        return new Http(server.uri(), counterToken);
    }

    Http display() {
        return new Http(server.uri(), displayToken);
    }

    @Override
    public void close() {
        server.close();
        queue.close();
    }
}
