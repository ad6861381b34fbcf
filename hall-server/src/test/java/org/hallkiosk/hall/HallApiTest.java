package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue over HTTP: issuing, calling, windows, bookings and leases, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class HallApiTest {

    static final String HASH = "ab".repeat(32);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;
    HallFixture hall;
    Http kiosk;
    Http counter;

    @BeforeEach
    void start() {
        dbs = new TestDatabases(backend, dir);
        hall = new HallFixture(dbs.place());
        kiosk = hall.kiosk();
        counter = hall.counter();
    }

    @AfterEach
    void stop() {
        hall.close();
        dbs.close();
    }

    static String issue(String line, String requestId) {
        return "{\"line\":\"" + line + "\",\"requestId\":\"" + requestId + "\"}";
    }

    @Test
    void aKioskIssuesAndTheTicketCanBeLookedUp() {
        Http.Response r = kiosk.post("/api/v1/tickets", "{\"line\":\"A\",\"requestId\":\"req-00000001\",\"item\":\"330100-001\","
                + "\"visitor\":{\"personHash\":\"" + HASH + "\",\"maskedName\":\"张*三\",\"elder\":true}}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(r.at("/ticket/priority").asText()).isEqualTo("elder");
        assertThat(r.at("/ticket/priorityReason").asText()).isEqualTo("elder");
        assertThat(r.at("/ticket/item").asText()).isEqualTo("330100-001");
        assertThat(r.at("/ticket/maskedName").asText()).isEqualTo("张*三");
        assertThat(r.at("/ticket/issuedAt").asText()).isEqualTo("2026-11-27T09:30:00+08:00");
        assertThat(r.at("/position/ahead").asInt()).isZero();
        assertThat(r.at("/replayed").asBoolean()).isFalse();
        assertThat(r.at("/statusUrl").asText()).endsWith(r.at("/ticket/id").asText());
        Http.Response seen = hall.display().get("/api/v1/tickets/" + r.at("/ticket/id").asText());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(seen.at("/ticket/maskedName").isMissingNode()).as("a display never sees names").isTrue();
        assertThat(kiosk.get("/api/v1/tickets/nope").status()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameRequestIdGetsTheSameTicketNeverASecondNumber() {
        Http.Response first = kiosk.post("/api/v1/tickets", issue("A", "retry-0000001"));
        Http.Response again = kiosk.post("/api/v1/tickets", issue("A", "retry-0000001"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.at("/replayed").asBoolean()).isTrue();
        assertThat(again.at("/ticket/id").asText()).isEqualTo(first.at("/ticket/id").asText());
        // The same request id from another kiosk is another request.
        Http.Response other = kiosk.as(hall.kiosk2Token).post("/api/v1/tickets", issue("A", "retry-0000001"));
        assertThat(other.at("/ticket/number").asText()).isEqualTo("A002");
        assertThat(kiosk.post("/api/v1/tickets", issue("A", "retry-0000002")).at("/ticket/number").asText()).isEqualTo("A003");
    }

    @Test
    void linesShowWaitingCounts() {
        kiosk.post("/api/v1/tickets", issue("A", "lines-000001"));
        kiosk.post("/api/v1/tickets", issue("A", "lines-000002"));
        kiosk.post("/api/v1/tickets", issue("B", "lines-000003"));
        JsonNode lines = hall.display().get("/api/v1/lines").at("/lines");
        assertThat(lines.size()).isEqualTo(3);
        assertThat(lines.get(0).get("prefix").asText()).isEqualTo("A");
        assertThat(lines.get(0).get("waiting").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("issuing").asBoolean()).isTrue();
        assertThat(lines.get(1).get("waiting").asInt()).isEqualTo(1);
    }

    @Test
    void refusalsAndBadRequestsSayWhy() {
        Http.Response unknown = kiosk.post("/api/v1/tickets", issue("Z", "refuse-00001"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.at("/refusal/rule").asText()).isEqualTo("unknown-line");
        assertThat(unknown.at("/refusal/arguments/0").asText()).isEqualTo("Z");
        for (int i = 0; i < 3; i++) {
            kiosk.post("/api/v1/tickets", issue("B", "quota-00000" + i));
        }
        assertThat(kiosk.post("/api/v1/tickets", issue("B", "quota-000009")).at("/refusal/rule").asText()).isEqualTo("quota-reached");
        assertThat(kiosk.post("/api/v1/tickets", "{\"line\":\"A\"}").at("/message").asText()).contains("requestId");
        assertThat(kiosk.post("/api/v1/tickets", "{not json").status()).isEqualTo(400);
        assertThat(kiosk.post("/api/v1/tickets", "{\"line\":\"A\",\"requestId\":\"x\"}").at("/message").asText()).contains("request id");
        Http.Response fullName = kiosk.post("/api/v1/tickets", "{\"line\":\"A\",\"requestId\":\"name-0000001\","
                + "\"visitor\":{\"personHash\":\"" + HASH + "\",\"maskedName\":\"张三丰\"}}");
        assertThat(fullName.status()).isEqualTo(400);
        assertThat(fullName.at("/message").asText()).contains("masked");
        Http.Response idNumber = kiosk.post("/api/v1/tickets", "{\"line\":\"A\",\"requestId\":\"name-0000002\","
                + "\"visitor\":{\"personHash\":\"110101199003071137\",\"maskedName\":\"李*\"}}");
        assertThat(idNumber.status()).isEqualTo(400);
        assertThat(kiosk.get("/api/v1/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void aCounterCallsRecallsFinishesAndTheWindowShowsIt() {
        Http.Response issued = kiosk.post("/api/v1/tickets", issue("A", "call-0000001"));
        kiosk.post("/api/v1/tickets", issue("A", "call-0000002"));
        hall.clock.advance(Duration.ofMinutes(7));
        Http.Response called = counter.post("/api/v1/windows/3/call");
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(called.at("/ticket/window").asInt()).isEqualTo(3);
        assertThat(called.at("/ticket/waitedSeconds").asInt()).isEqualTo(420);
        assertThat(called.at("/ticket/id").asText()).isEqualTo(issued.at("/ticket/id").asText());
        assertThat(counter.post("/api/v1/windows/3/call").status()).as("window busy").isEqualTo(409);
        assertThat(counter.post("/api/v1/windows/3/recall").at("/ticket/number").asText()).isEqualTo("A001");
        Http.Response window = counter.get("/api/v1/windows/3/tickets");
        assertThat(window.at("/current/number").asText()).isEqualTo("A001");
        assertThat(window.at("/waiting/0/number").asText()).isEqualTo("A002");
        assertThat(window.at("/lines/0").asText()).isEqualTo("A");
        assertThat(counter.post("/api/v1/windows/3/done").at("/ticket/state").asText()).isEqualTo("done");
        assertThat(counter.post("/api/v1/windows/3/done").status()).isEqualTo(409);
        assertThat(counter.post("/api/v1/windows/3/call").at("/ticket/number").asText()).isEqualTo("A002");
        assertThat(counter.post("/api/v1/windows/3/no-show").at("/voided").asBoolean()).isTrue();
        assertThat(counter.post("/api/v1/windows/3/call").status()).as("nobody waiting").isEqualTo(204);
        JsonNode status = counter.get("/api/v1/status").body();
        assertThat(status.at("/lines/0/served").asInt()).isEqualTo(1);
        assertThat(status.at("/tickets").size()).isEqualTo(2);
    }

    @Test
    void transferMovesTheTicketToTheOtherLine() {
        kiosk.post("/api/v1/tickets", issue("A", "move-0000001"));
        counter.post("/api/v1/windows/1/call");
        Http.Response moved = counter.post("/api/v1/windows/1/transfer", "{\"to\":\"B\"}");
        assertThat(moved.at("/ticket/line").asText()).isEqualTo("B");
        assertThat(moved.at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(counter.post("/api/v1/windows/5/call").at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(counter.post("/api/v1/windows/5/transfer", "{}").status()).isEqualTo(400);
    }

    @Test
    void aPausedWindowCallsNobodyUntilResumed() {
        kiosk.post("/api/v1/tickets", issue("A", "pause-000001"));
        Http.Response paused = counter.post("/api/v1/windows/2/pause", "{\"reason\":\"午休\"}");
        assertThat(paused.at("/paused").asBoolean()).isTrue();
        assertThat(paused.at("/pauseReason").asText()).isEqualTo("午休");
        Http.Response refused = counter.post("/api/v1/windows/2/call");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.at("/message").asText()).contains("paused");
        assertThat(hall.display().get("/api/v1/windows/2").at("/paused").asBoolean()).isTrue();
        List<Integer> listed = new ArrayList<>();
        hall.display().get("/api/v1/windows").at("/windows").forEach(w -> listed.add(w.get("window").asInt()));
        assertThat(listed).contains(1, 2, 3, 4, 5, 6);
        assertThat(counter.post("/api/v1/windows/2/resume").at("/paused").asBoolean()).isFalse();
        assertThat(counter.post("/api/v1/windows/2/call").at("/ticket/number").asText()).isEqualTo("A001");
        assertThat(counter.post("/api/v1/windows/abc/call").status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/windows/0/call").status()).isEqualTo(409);
    }

    @Test
    void aBookingIsCheckedInOnceWithItsPriority() {
        hall.queue.appointments().save(List.of(new org.hallkiosk.queue.AppointmentBook.Booking("BK-2001", "A",
                java.time.LocalDate.of(2026, 11, 27), java.time.LocalTime.of(9, 30), java.time.LocalTime.of(10, 0),
                java.util.Optional.empty(), java.util.Optional.empty())));
        kiosk.post("/api/v1/tickets", issue("A", "walkin-00001"));
        Http.Response in = kiosk.post("/api/v1/appointments/check-in", "{\"requestId\":\"checkin-0001\",\"code\":\"https://yy.example/b/BK-2001\"}");
        assertThat(in.status()).isEqualTo(201);
        assertThat(in.at("/ticket/priority").asText()).isEqualTo("appointment");
        assertThat(in.at("/position/ahead").asInt()).isZero();
        assertThat(kiosk.post("/api/v1/appointments/check-in", "{\"requestId\":\"checkin-0001\",\"code\":\"BK-2001\"}").at("/replayed").asBoolean()).isTrue();
        assertThat(kiosk.post("/api/v1/appointments/check-in", "{\"requestId\":\"checkin-0002\",\"code\":\"BK-2001\"}").at("/refusal/rule").asText())
                .isEqualTo("booking-used");
        assertThat(kiosk.post("/api/v1/appointments/check-in", "{\"requestId\":\"checkin-0003\"}").status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/windows/1/call").at("/ticket/number").asText()).isEqualTo("A002");
    }

    @Test
    void leasedNumbersAreTheKiosksAloneAndHandedOverTicketsAreCalledByIssueTime() {
        Http.Response lease = kiosk.post("/api/v1/leases", "{\"requestId\":\"lease-000001\",\"line\":\"A\",\"size\":5}");
        assertThat(lease.status()).isEqualTo(201);
        assertThat(lease.at("/lease/numbers").asText()).isEqualTo("A9000-A9004");
        assertThat(kiosk.post("/api/v1/leases", "{\"requestId\":\"lease-000001\",\"line\":\"A\",\"size\":5}").at("/lease/id").asText())
                .as("the same request, the same block").isEqualTo(lease.at("/lease/id").asText());
        Http.Response other = kiosk.as(hall.kiosk2Token).post("/api/v1/leases", "{\"requestId\":\"lease-000002\",\"line\":\"A\",\"size\":5}");
        assertThat(other.at("/lease/numbers").asText()).isEqualTo("A9005-A9009");
        assertThat(kiosk.get("/api/v1/leases").at("/leases").size()).isEqualTo(1);

        // Online: A001 at 09:30, A002 at 09:40. Offline (server unreachable): A9000 at 09:35, A9001 at 09:45.
        kiosk.post("/api/v1/tickets", issue("A", "online-00001"));
        hall.clock.advance(Duration.ofMinutes(10));
        kiosk.post("/api/v1/tickets", issue("A", "online-00002"));
        hall.clock.advance(Duration.ofMinutes(10));
        String leaseId = lease.at("/lease/id").asText();
        String handOver = "{\"tickets\":["
                + "{\"leaseId\":\"" + leaseId + "\",\"id\":\"261127A9001K2M3\",\"number\":\"A9001\",\"issuedAt\":\"2026-11-27T09:45:00+08:00\"},"
                + "{\"leaseId\":\"" + leaseId + "\",\"id\":\"261127A9000K2M3\",\"number\":\"A9000\",\"issuedAt\":\"2026-11-27T09:35:00+08:00\"},"
                + "{\"leaseId\":\"" + leaseId + "\",\"id\":\"261127A9007K2M3\",\"number\":\"A9007\",\"issuedAt\":\"2026-11-27T09:36:00+08:00\"}]}";
        Http.Response results = kiosk.post("/api/v1/leases/handover", handOver);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.at("/results/0/number").asText()).isEqualTo("A9000");
        assertThat(results.at("/results/0/outcome").asText()).isEqualTo("accepted");
        assertThat(results.at("/results/1/outcome").asText()).isEqualTo("rejected");
        assertThat(results.at("/results/1/reason").asText()).contains("not in lease");
        assertThat(kiosk.post("/api/v1/leases/handover", handOver).at("/results/0/outcome").asText()).as("a repeated hand-over")
                .isEqualTo("already-here");
        List<String> order = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            order.add(counter.post("/api/v1/windows/" + w + "/call").at("/ticket/number").asText());
        }
        assertThat(order).containsExactly("A001", "A9000", "A002", "A9001");
        assertThat(kiosk.post("/api/v1/tickets", issue("A", "online-00003")).at("/ticket/number").asText())
                .as("online numbering goes on below the lease range").isEqualTo("A003");
        assertThat(kiosk.as(hall.kiosk2Token).post("/api/v1/leases/handover", handOver).at("/results/0/outcome").asText())
                .as("another kiosk cannot hand over this kiosk's numbers").isEqualTo("rejected");
    }

    @Test
    void aCounterCallsFromTheLinesItChoosesAndSaysWhoCalls() {
        kiosk.post("/api/v1/tickets", issue("A", "req-lines-001"));
        kiosk.post("/api/v1/tickets", issue("B", "req-lines-002"));
        Http.Response called = counter.post("/api/v1/windows/1/call", "{\"lines\":[\"B\"],\"staff\":\"1023\"}");
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.at("/ticket/number").asText()).as("window 1 serves A in lines.yaml, but chose B").isEqualTo("B001");
        assertThat(counter.post("/api/v1/windows/1/done", "{\"staff\":\"10 23\"}").status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/windows/1/done", "{\"staff\":\"1023\"}").status()).isEqualTo(200);
        assertThat(counter.post("/api/v1/windows/1/call", "{\"lines\":\"A\"}").status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/windows/1/call", "{\"lines\":[\"Z\"]}").status()).isEqualTo(409);
        assertThat(counter.post("/api/v1/windows/1/call", "{\"lines\":[\"A\",\"B\"]}").at("/ticket/number").asText()).isEqualTo("A001");
    }
}
