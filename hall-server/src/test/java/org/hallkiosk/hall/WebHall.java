package org.hallkiosk.hall;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;

/**
 * A hall server for the page tests that can be stopped and started again on the same port and database, as a
 * real server restarts under its pages. Lines A (windows 1–4) and B (windows 5–6), open all day.
 */
final class WebHall implements AutoCloseable {

    final TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
    private final TestDatabases.Place place;
    private final QueueServices queue;
    private final DeviceRegistry devices;
    final String kioskToken;
    final String counterToken;
    final String counter2Token;
    final String displayToken;
    private HallServer server;
    private int port;

    WebHall(TestDatabases.Place place) {
        this.place = place;
        QueueDatabase db = QueueDatabase.open(place.url(), QueueDatabase.Durability.NORMAL, 4);
        queue = QueueServices.on(db, new FixedLineCatalogue(List.of(QueueFixture.A, QueueFixture.B), HallFixture.ALL_DAY, true),
                QueueSettings.defaults(), clock, "hall", place.key());
        devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock);
        kioskToken = devices.add("kiosk-east", Role.KIOSK).token();
        counterToken = devices.add("window-03", Role.COUNTER).token();
        counter2Token = devices.add("window-04", Role.COUNTER).token();
        displayToken = devices.add("display-hall", Role.DISPLAY).token();
        start();
    }

    void start() {
        server = HallServer.start(new HallConfig("127.0.0.1", port, place.url(), Optional.empty(), 4), queue, devices, clock);
        port = server.port();
    }

    void stop() {
        server.close();
    }

    void revoke(String name) {
        devices.revoke(name);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Http kiosk() {
        return new Http(uri("/"), kioskToken);
    }

    Http counter() {
        return new Http(uri("/"), counterToken);
    }

    /** Issues {@code n} tickets on {@code line} through the API, as kiosks do. */
    void issue(String line, int n) {
        for (int i = 0; i < n; i++) {
            Http.Response r = kiosk().post("/api/v1/tickets", HallApiTest.issue(line, "web-" + line + "-" + System.nanoTime()));
            if (r.status() != 201) {
                throw new AssertionError("issue: " + r);
            }
        }
    }

    @Override
    public void close() {
        server.close();
        queue.close();
    }
}
