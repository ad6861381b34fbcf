package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hall server as a separate JVM, killed with SIGKILL three times while two kiosks issue, and started again: no
 * number is issued twice, and every ticket a kiosk was told it has is in the database with that number. The kiosks
 * retry each request with its request id until it is answered, as the kiosk client does.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ServerCrashTest {

    private static final int KIOSKS = 2;
    private static final int PER_KIOSK = 60;
    private static final int KILLS = 3;

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void killedServersNeverIssueANumberTwiceNorLoseAToldTicket() throws Exception {
        try (TestDatabases dbs = new TestDatabases(backend, dir)) {
            TestDatabases.Place place = dbs.place();
            String url = place.url();
            List<String> tokens = new ArrayList<>();
            try (QueueDatabase db = QueueDatabase.open(url)) {
                DeviceRegistry devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), Clock.systemUTC());
                for (int k = 0; k < KIOSKS; k++) {
                    tokens.add(devices.add("crash-kiosk-" + k, Role.KIOSK).token());
                }
            }
            AtomicReference<URI> base = new AtomicReference<>();
            Server server = Server.start(url, place.keyFile());
            base.set(server.uri);
            AtomicInteger answered = new AtomicInteger();
            Map<String, String> told = new ConcurrentHashMap<>(); // number -> ticket id
            List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
            List<Future<?>> kiosks = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                int kiosk = k;
                kiosks.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                    for (int i = 0; i < PER_KIOSK; i++) {
                        String body = HallApiTest.issue("A", "crash-" + kiosk + "-" + i + "-r");
                        Http.Response r = null;
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                        while (r == null || r.status() >= 500) {
                            assertThat(System.nanoTime()).as("the server came back within 120 s").isLessThan(deadline);
                            try {
                                r = new Http(client, base.get(), tokens.get(kiosk)).post("/api/v1/tickets", body);
                            } catch (UncheckedIOException e) {
                                r = null; // killed mid-request, or not yet up again: the same request id once more
                                pause();
                            }
                        }
                        assertThat(r.status()).as(r.body().toString()).isIn(200, 201);
                        String previous = told.put(r.at("/ticket/number").asText(), r.at("/ticket/id").asText());
                        if (previous != null && !previous.equals(r.at("/ticket/id").asText())) {
                            duplicates.add(r.at("/ticket/number").asText());
                        }
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int kill = 1; kill <= KILLS; kill++) {
                int target = kill * KIOSKS * PER_KIOSK / (KILLS + 1);
                while (answered.get() < target) {
                    pause();
                }
                server.process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                server = Server.start(url, place.keyFile());
                base.set(server.uri);
            }
            for (Future<?> f : kiosks) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            server.process.destroyForcibly();
            server.process.waitFor(30, TimeUnit.SECONDS);

            assertThat(duplicates).as("numbers told to two different tickets").isEmpty();
            assertThat(told).hasSize(KIOSKS * PER_KIOSK);
            Map<String, String> stored = new HashMap<>();
            List<Integer> sequences = new ArrayList<>();
            try (QueueDatabase db = QueueDatabase.open(url)) {
                db.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT number, id, sequence FROM ticket")) {
                        while (r.next()) {
                            assertThat(stored.put(r.getString(1), r.getString(2))).as("number stored once").isNull();
                            sequences.add(r.getInt(3));
                        }
                    }
                    return null;
                });
            }
            for (Map.Entry<String, String> t : told.entrySet()) {
                assertThat(stored.get(t.getKey())).as("told ticket " + t.getKey() + " is stored as told").isEqualTo(t.getValue());
            }
            assertThat(stored).as("a ticket per request, none for retries").hasSize(KIOSKS * PER_KIOSK);
            Collections.sort(sequences);
            assertThat(new HashSet<>(sequences)).hasSize(sequences.size());
            assertThat(sequences.get(sequences.size() - 1)).as("consecutive").isEqualTo(sequences.size());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A hall server JVM and the address it printed. */
    private record Server(Process process, URI uri) {

        static Server start(String url, Path keyFile) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    HallMain.class.getName(), "--db", url, "--port", "0", "--host", "127.0.0.1", "--key", keyFile.toString());
            pb.environment().put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("LISTENING ")) {
                    return new Server(p, URI.create("http://127.0.0.1:" + line.substring(10).strip()));
                }
            }
            throw new IllegalStateException("the hall server exited before listening: " + p.waitFor());
        }
    }
}
