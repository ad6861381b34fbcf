package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP case source against a real TLS server in this process: the JDK's HttpsServer on 127.0.0.1 with a
 * certificate from a private CA made at test time, asking every client for a certificate from the same CA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsCaseSourceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ReceiptKey RECEIPT = new ReceiptKey("62052400MZ-XK-0001", "482913");

    TestCertificates certs;
    HttpsServer server;
    final List<String> clients = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        certs = TestCertificates.make(dir);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certs.serverContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-https-approval-system");
            t.setDaemon(true);
            return t;
        }));
        CaseRecord sample = new CaseRecord(RECEIPT.caseNumber(), "营业执照变更", "", "区市场监督管理局", "张*",
                Optional.of(LocalDateTime.of(2026, 11, 20, 9, 30)), Optional.of(LocalDate.of(2026, 12, 4)),
                CaseStatus.UNDER_REVIEW, "", Optional.empty(), List.of(), new Pickup.NotSet(), Optional.empty());
        server.createContext("/", e -> {
            try {
                clients.add(((HttpsExchange) e).getSSLSession().getPeerPrincipal().getName());
                byte[] b = CaseJson.write(sample).toString().getBytes(StandardCharsets.UTF_8);
                e.sendResponseHeaders(200, b.length);
                try (OutputStream out = e.getResponseBody()) {
                    out.write(b);
                }
            } finally {
                e.close();
            }
        });
        server.start();
    }

    @AfterAll
    void stop() {
        server.stop(0);
    }

    private HttpSourceSettings settings(HttpTls tls) {
        return HttpSourceSettings.of("https://127.0.0.1:" + server.getAddress().getPort() + "/case/{caseNumber}?code={queryCode}", "")
                .withTls(tls);
    }

    @Test
    void aPrivateCaAndAPemClientCertificateReachTheCase() {
        clients.clear();
        HttpTls tls = new HttpTls(Optional.of(certs.caPem), Optional.of(certs.clientPem), Optional.of(certs.clientKeyPem), "");
        CaseLookup r = new HttpCaseSource(settings(tls), ZONE).byReceipt(RECEIPT);
        assertThat(r).isInstanceOf(CaseLookup.Found.class);
        assertThat(clients).containsExactly("CN=kiosk-07");
    }

    @Test
    void aPkcs12ClientCertificateWorksToo() {
        clients.clear();
        HttpTls tls = new HttpTls(Optional.of(certs.caPem), Optional.of(certs.clientP12), Optional.empty(), TestCertificates.PASSWORD);
        assertThat(new HttpCaseSource(settings(tls), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.Found.class);
        assertThat(clients).containsExactly("CN=kiosk-07");
    }

    @Test
    void withoutThePrivateCaTheServerIsNotTrusted() {
        clients.clear();
        HttpTls tls = new HttpTls(Optional.empty(), Optional.of(certs.clientP12), Optional.empty(), TestCertificates.PASSWORD);
        CaseLookup r = new HttpCaseSource(settings(tls), ZONE).byReceipt(RECEIPT);
        assertThat(r).isInstanceOfSatisfying(CaseLookup.Unavailable.class,
                u -> assertThat(u.reason()).contains("TLS handshake").contains("progress.http.tls"));
        assertThat(clients).isEmpty();
    }

    @Test
    void withoutAClientCertificateTheServerRefuses() {
        clients.clear();
        HttpTls tls = new HttpTls(Optional.of(certs.caPem), Optional.empty(), Optional.empty(), "");
        assertThat(new HttpCaseSource(settings(tls), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.Unavailable.class);
        assertThat(clients).isEmpty();
    }

    @Test
    void aWrongPasswordOrAPemWithoutKeyIsAClearError() {
        HttpTls wrong = new HttpTls(Optional.of(certs.caPem), Optional.of(certs.clientP12), Optional.empty(), "wrong");
        org.assertj.core.api.Assertions.assertThatThrownBy(wrong::sslContext).hasMessageContaining("clientPassword");
        HttpTls noKey = new HttpTls(Optional.of(certs.caPem), Optional.of(certs.clientPem), Optional.empty(), "");
        org.assertj.core.api.Assertions.assertThatThrownBy(noKey::sslContext).hasMessageContaining("clientKey");
        assertThat(wrong.toString()).doesNotContain("wrong").contains("<set>");
    }
}
