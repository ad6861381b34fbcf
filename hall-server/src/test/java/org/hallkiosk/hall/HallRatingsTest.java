package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** 好差评 and feedback through the hall server: kiosks only, one rating per ticket across kiosks, the rules' refusals. */
@ParameterizedClass
@EnumSource(Backend.class)
class HallRatingsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;
    HallFixture hall;

    @BeforeEach
    void start() {
        dbs = new TestDatabases(backend, dir);
        hall = new HallFixture(dbs.place());
    }

    @AfterEach
    void stop() {
        hall.close();
        dbs.close();
    }

    private String served() {
        String number = hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "rate-" + System.nanoTime())).at("/ticket/number").asText();
        assertThat(hall.counter().post("/api/v1/windows/3/call").status()).isEqualTo(200);
        assertThat(hall.counter().post("/api/v1/windows/3/done").status()).isEqualTo(200);
        return number;
    }

    @Test
    void aKioskRatesAFinishedTicketOnce() {
        Http kiosk = hall.kiosk();
        assertThat(kiosk.get("/api/v1/ratings/tickets/A001").at("/rule").asText()).isEqualTo("unknown");
        String number = served();
        Http.Response lookup = kiosk.get("/api/v1/ratings/tickets/" + number);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.at("/service/window").asInt()).isEqualTo(3);
        Http.Response bad = kiosk.post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.at("/message").asText()).contains("at least one reason");
        Http.Response noConsent = kiosk.post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":2,\"reasons\":[\"slow\"],\"callBack\":\"13812345678\"}");
        assertThat(noConsent.status()).isEqualTo(400);
        Http.Response ok = kiosk.post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":2,\"reasons\":[\"slow\",\"waiting\"],"
                + "\"callBack\":\"13812345678\",\"consent\":true,\"text\":\"太慢\"}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.at("/rating/id").asText()).startsWith("PJ-");
        assertThat(ok.at("/rating/callBack").asText()).isEqualTo("138****5678");
        assertThat(ok.body().toString()).doesNotContain("13812345678");
        Http.Response again = new Http(hall.server.uri(), hall.kiosk2Token).post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":5}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/ratedAt").asText()).isNotEmpty();
        assertThat(hall.counter().post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":5}").status()).isEqualTo(403);
        hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "waiting-1"));
        assertThat(kiosk.get("/api/v1/ratings/tickets/A002").at("/rule").asText()).isEqualTo("not-finished");
    }

    @Test
    void twoKiosksRatingTheSameTicketAtOnceRecordOne() throws Exception {
        String number = served();
        List<Http> kiosks = List.of(hall.kiosk(), new Http(hall.server.uri(), hall.kiosk2Token), hall.kiosk(),
                new Http(hall.server.uri(), hall.kiosk2Token));
        ExecutorService pool = Executors.newFixedThreadPool(kiosks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Http k : kiosks) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return k.post("/api/v1/ratings", "{\"ticket\":\"" + number + "\",\"level\":4}").status();
                }));
            }
            go.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                got.add(f.get());
            }
            assertThat(got).containsOnly(201, 409);
            assertThat(got.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void feedbackAnswersAReference() {
        Http.Response r = hall.kiosk().post("/api/v1/feedback", "{\"category\":\"suggestion\",\"text\":\"希望增加自助打印\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.at("/reference").asText()).matches("JY-261127-\\w{4}");
        assertThat(hall.kiosk().post("/api/v1/feedback", "{\"category\":\"praise\",\"text\":\"x\"}").status()).isEqualTo(400);
        assertThat(hall.display().post("/api/v1/feedback", "{\"category\":\"suggestion\",\"text\":\"x\"}").status()).isEqualTo(403);
    }
}
