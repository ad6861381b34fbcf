package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a keystore configured the server speaks HTTPS only; a client that trusts its certificate gets through. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpsWithTheConfiguredKeystore() throws Exception {
        Path keystore = dir.resolve("hall.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hall", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=hall.example",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "test-pass", "-keypass", "test-pass")
                .redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        try (TestDatabases dbs = new TestDatabases(Backend.SQLITE, dir);
             HallFixture hall = new HallFixture(dbs.place(), Optional.of(new TlsSettings(keystore, "test-pass")),
                     List.of(QueueFixture.A), 2)) {
            assertThat(hall.server.uri().getScheme()).isEqualTo("https");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trust.load(in, "test-pass".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient trusting = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
            Http.Response r = new Http(trusting, hall.server.uri(), hall.kioskToken).post("/api/v1/tickets", HallApiTest.issue("A", "tls-00000001"));
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.at("/ticket/number").asText()).isEqualTo("A001");
            // A client that does not trust the certificate is refused, and plain HTTP gets no answer.
            assertThatThrownBy(() -> new Http(hall.server.uri(), hall.kioskToken).get("/api/v1/lines")).hasCauseInstanceOf(
                    javax.net.ssl.SSLHandshakeException.class);
            java.net.URI plain = java.net.URI.create("http://127.0.0.1:" + hall.server.port());
            assertThatThrownBy(() -> new Http(plain, hall.kioskToken).get("/api/v1/lines")).isInstanceOf(java.io.UncheckedIOException.class);
        }
    }
}
