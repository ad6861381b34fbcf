package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.hall.help.HelpDesk;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 呼叫工作人员: a kiosk calls for staff, counters hear of it on the event stream, one window answers. */
class HelpCallTest {

    @TempDir
    Path dir;

    @Test
    void aKioskCallsCountersSeeItAndOneWindowAnswers() throws Exception {
        try (TestDatabases dbs = new TestDatabases(Backend.SQLITE, dir); HallFixture hall = new HallFixture(dbs.place());
             SseListener counterStream = new SseListener(hall.server.uri().resolve("/api/v1/events"), hall.counterToken, null)) {
            counterStream.next("snapshot", 5);
            Http.Response asked = hall.kiosk().post("/api/v1/help", "{\"kiosk\":\"1号机\",\"location\":\"大厅东侧\"}");
            assertThat(asked.status()).isEqualTo(201);
            String id = asked.at("/help/id").asText();
            assertThat(asked.at("/help/state").asText()).isEqualTo("open");
            assertThat(asked.at("/help/device").asText()).isEqualTo("kiosk-east");

            SseListener.Event shown = counterStream.next("help", 5);
            assertThat(shown.data().at("/help/kiosk").asText()).isEqualTo("1号机");
            assertThat(shown.data().at("/help/location").asText()).isEqualTo("大厅东侧");

            Http.Response again = hall.kiosk().post("/api/v1/help", "{\"kiosk\":\"1号机\"}");
            assertThat(again.status()).as("pressing again while nobody answered: the same call").isEqualTo(200);
            assertThat(again.at("/help/id").asText()).isEqualTo(id);
            assertThat(again.at("/repeated").asBoolean()).isTrue();
            assertThat(hall.kiosk().as(hall.kiosk2Token).post("/api/v1/help", "{}").at("/help/kiosk").asText()).as("default: the device name").isEqualTo("kiosk-west");

            Http.Response open = hall.counter().get("/api/v1/help");
            assertThat(open.at("/help").size()).isEqualTo(2);
            assertThat(hall.display().get("/api/v1/help").status()).isEqualTo(403);
            assertThat(hall.counter().post("/api/v1/help", "{}").status()).as("a counter does not ask for help").isEqualTo(403);
            assertThat(hall.kiosk().post("/api/v1/help/" + id + "/ack", "{}").status()).isEqualTo(403);

            Http.Response ack = hall.counter().post("/api/v1/help/" + id + "/ack", "{\"window\":3,\"staff\":\"1023\"}");
            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.at("/help/state").asText()).isEqualTo("acknowledged");
            assertThat(ack.at("/help/window").asInt()).isEqualTo(3);
            assertThat(ack.at("/help/staff").asText()).isEqualTo("1023");
            assertThat(counterStream.next("help-ack", 5).data().at("/help/window").asInt()).isEqualTo(3);
            assertThat(hall.counter().get("/api/v1/help").at("/help").size()).as("kiosk-west still waits").isEqualTo(1);
            Http.Response second = hall.counter().post("/api/v1/help/" + id + "/ack", "{\"window\":5}");
            assertThat(second.at("/help/window").asInt()).as("the first window to answer keeps it").isEqualTo(3);
            assertThat(hall.counter().post("/api/v1/help/nope/ack", "{}").status()).isEqualTo(404);
            assertThat(hall.kiosk().post("/api/v1/help", "{\"location\":\"" + "东".repeat(61) + "\"}").status()).isEqualTo(400);

            Http.Response next = hall.kiosk().post("/api/v1/help", "{\"kiosk\":\"1号机\"}");
            assertThat(next.status()).as("after the answer, a new press is a new call").isEqualTo(201);
            hall.clock.advance(HelpDesk.EXPIRES.plus(Duration.ofMinutes(1)));
            assertThat(hall.counter().get("/api/v1/help").at("/help").size()).as("unanswered calls expire").isZero();
        }
    }
}
