package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall-server check against a real HTTP server on an ephemeral loopback port. */
class HallServerCheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HttpServer server(int status) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        s.start();
        return s;
    }

    private static URI url(HttpServer s) {
        return URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/");
    }

    @Test
    void theHealthRouteIsFoundWithOrWithoutATrailingSlash() {
        assertThat(HallServerCheck.health(URI.create("http://hall.lan:8480"))).isEqualTo(URI.create("http://hall.lan:8480/api/v1/health"));
        assertThat(HallServerCheck.health(URI.create("https://hall.lan/queue/"))).isEqualTo(URI.create("https://hall.lan/queue/api/v1/health"));
    }

    @Test
    void notConfiguredIsSaidAndSkipped() {
        Finding f = new HallServerCheck(Optional.empty(), TIMEOUT).run().get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.SKIP);
        assertThat(f.detail()).startsWith("not configured (queue.hall.url)");
    }

    @Test
    void aServerThatAnswersIsReachable() throws Exception {
        HttpServer s = server(200);
        try {
            Finding f = new HallServerCheck(Optional.of(url(s)), TIMEOUT).run().get(0);
            assertThat(f.status()).isEqualTo(Finding.Status.OK);
            assertThat(f.detail()).contains("answers HTTP 200");
            assertThat(paths).containsExactly("/api/v1/health");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void theHallServerItselfIsHealthy(@TempDir Path dir) {
        QueueDatabase db = QueueDatabase.open(dir.resolve("hall.db"),
                QueueDatabase.Durability.NORMAL);
        TestClock clock = new TestClock(QueueFixture.FRIDAY_0930,
                QueueFixture.HALL);
        QueueServices queue = QueueServices.on(db, new FixedLineCatalogue(
                List.of(QueueFixture.A), List.of(), true),
                QueueSettings.defaults(), clock, "hall");
        HallServer server = HallServer.start(new HallConfig("127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("hall.db"), Optional.empty(), 2), queue,
                new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock),
                clock);
        try {
            Finding f = new HallServerCheck(Optional.of(server.uri()), TIMEOUT).run().get(0);
            assertThat(f.status()).as(f.detail()).isEqualTo(Finding.Status.OK);
            assertThat(f.detail()).contains("/api/v1/health answers HTTP 200");
        } finally {
            server.close();
            queue.close();
        }
    }

    @Test
    void aServerErrorFails() throws Exception {
        HttpServer s = server(503);
        try {
            Finding f = new HallServerCheck(Optional.of(url(s)), TIMEOUT).run().get(0);
            assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
            assertThat(f.detail()).contains("HTTP 503").contains("its database does not answer");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void nobodyListeningFailsWithTheCurlToTry() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        URI u = URI.create("http://127.0.0.1:" + port + "/");
        Finding f = new HallServerCheck(Optional.of(u), TIMEOUT).run().get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.detail()).startsWith("cannot reach " + u + "api/v1/health");
        assertThat(f.fix()).contains("curl -sS " + u + "api/v1/health");
    }
}
