package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Four kiosks issuing 250 tickets each at once on one line, through the HTTP API: 1,000 distinct consecutive numbers. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConcurrentIssuingTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void fourKiosksTimes250IssuesGive1000DistinctConsecutiveNumbers() throws Exception {
        try (TestDatabases dbs = new TestDatabases(backend, dir);
             HallFixture hall = new HallFixture(dbs.place(), Optional.empty(), List.of(QueueFixture.A, HallFixture.BUSY), 8)) {
            List<String> tokens = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                tokens.add(hall.devices.add("load-kiosk-" + k, org.hallkiosk.hall.device.Role.KIOSK).token());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> kiosks = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int kiosk = k;
                kiosks.add(pool.submit(() -> {
                    Http http = new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), hall.server.uri(), tokens.get(kiosk));
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 250; i++) {
                        Http.Response r = http.post("/api/v1/tickets", HallApiTest.issue("Q", "load-" + kiosk + "-" + i + "-x"));
                        assertThat(r.status()).as("issue %d of kiosk %d: %s", i, kiosk, r.body()).isEqualTo(201);
                        mine.add(r.at("/ticket/number").asText());
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : kiosks) {
                all.addAll(f.get(5, TimeUnit.MINUTES));
            }
            pool.shutdown();
            assertThat(new HashSet<>(all)).hasSize(1000);
            List<Integer> sequences = new ArrayList<>();
            for (String n : all) {
                sequences.add(Integer.parseInt(n.substring(1)));
            }
            Collections.sort(sequences);
            for (int i = 0; i < 1000; i++) {
                assertThat(sequences.get(i)).as("consecutive").isEqualTo(i + 1);
            }
            assertThat(hall.queue.counter().status().tickets()).hasSize(1000);
        }
    }
}
