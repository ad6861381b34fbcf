package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hall-server check against a real HTTP server on an ephemeral loopback port. */
class HallServerCheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private static HttpServer server(int status) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
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
        } finally {
            s.stop(0);
        }
    }

    @Test
    void aServerErrorFails() throws Exception {
        HttpServer s = server(503);
        try {
            Finding f = new HallServerCheck(Optional.of(url(s)), TIMEOUT).run().get(0);
            assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
            assertThat(f.detail()).contains("HTTP 503");
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
        assertThat(f.detail()).startsWith("cannot reach " + u);
        assertThat(f.fix()).contains("curl -sS " + u);
    }
}
