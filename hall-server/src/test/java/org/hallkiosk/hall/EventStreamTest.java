package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live stream: a snapshot first, then each call with what a display shows, and resuming by Last-Event-ID. */
class EventStreamTest {

    @TempDir
    Path dir;
    TestDatabases dbs;
    HallFixture hall;
    URI events;

    @BeforeEach
    void start() {
        dbs = new TestDatabases(Backend.SQLITE, dir);
        hall = new HallFixture(dbs.place());
        events = hall.server.uri().resolve("/api/v1/events");
    }

    @AfterEach
    void stop() {
        hall.close();
        dbs.close();
    }

    @Test
    void aDisplayGetsASnapshotThenEveryCallWithWhatItShows() throws Exception {
        hall.kiosk().post("/api/v1/tickets", "{\"line\":\"A\",\"requestId\":\"stream-00001\",\"item\":\"330100-001\","
                + "\"visitor\":{\"personHash\":\"" + HallApiTest.HASH + "\",\"maskedName\":\"张*三\",\"elder\":true}}");
        try (SseListener display = new SseListener(events, hall.displayToken, null)) {
            SseListener.Event snapshot = display.next("snapshot", 10);
            assertThat(snapshot.data().at("/lines/0/waiting").asInt()).isEqualTo(1);
            assertThat(snapshot.data().at("/windows").size()).isGreaterThanOrEqualTo(6);
            hall.clock.advance(Duration.ofMinutes(5));
            hall.counter().post("/api/v1/windows/3/call");
            SseListener.Event call = display.next("call", 10);
            assertThat(call.data().at("/number").asText()).isEqualTo("A001");
            assertThat(call.data().at("/window").asInt()).isEqualTo(3);
            assertThat(call.data().at("/line").asText()).isEqualTo("A");
            assertThat(call.data().at("/ticket/lineName").asText()).isEqualTo("综合受理");
            assertThat(call.data().at("/ticket/item").asText()).isEqualTo("330100-001");
            assertThat(call.data().at("/ticket/priorityReason").asText()).isEqualTo("elder");
            assertThat(call.data().at("/ticket/waitedSeconds").asInt()).isEqualTo(300);
            assertThat(call.data().toString()).as("a display never gets a name").doesNotContain("张");
            assertThat(Long.parseLong(call.id())).isGreaterThan(Long.parseLong(snapshot.id()));
            SseListener.Event lines = display.next("lines", 10);
            assertThat(lines.data().at("/lines/0/waiting").asInt()).isZero();
            hall.counter().post("/api/v1/windows/3/pause", "{\"reason\":\"break\"}");
            SseListener.Event window = display.next("window", 10);
            assertThat(window.data().at("/window").asInt()).isEqualTo(3);
            assertThat(window.data().at("/paused").asBoolean()).isTrue();
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissedAndNoSnapshot() throws Exception {
        String last;
        try (SseListener first = new SseListener(events, hall.counterToken, null)) {
            last = first.next("snapshot", 10).id();
        }
        hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "missed-00001"));
        hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "missed-00002"));
        hall.counter().post("/api/v1/windows/1/call");
        try (SseListener again = new SseListener(events, hall.counterToken, last)) {
            assertThat(again.next("ticket", 10).data().at("/ticket/number").asText()).isEqualTo("A001");
            assertThat(again.next("ticket", 10).data().at("/ticket/number").asText()).isEqualTo("A002");
            SseListener.Event call = again.next("call", 10);
            assertThat(call.data().at("/number").asText()).isEqualTo("A001");
        }
        try (SseListener stale = new SseListener(events, hall.counterToken, "12345")) {
            assertThat(stale.next("snapshot", 10).data().at("/lines/0/waiting").asInt())
                    .as("an id from another run starts from a snapshot").isEqualTo(1);
        }
    }

    @Test
    void theStreamNeedsAValidToken() throws Exception {
        try (SseListener none = new SseListener(events, null, null)) {
            assertThat(none.status()).isEqualTo(401);
        }
        try (SseListener byQuery = new SseListener(URI.create(events + "?access_token=" + hall.displayToken), null, null)) {
            assertThat(byQuery.next("snapshot", 10).data().has("lines")).as("EventSource passes the token in the query").isTrue();
        }
    }
}
