package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A display cannot issue or call, a kiosk cannot call, a counter cannot issue; no token, no queue. */
class RolesTest {

    @TempDir
    Path dir;
    TestDatabases dbs;
    HallFixture hall;

    @BeforeEach
    void start() {
        dbs = new TestDatabases(Backend.SQLITE, dir);
        hall = new HallFixture(dbs.place());
    }

    @AfterEach
    void stop() {
        hall.close();
        dbs.close();
    }

    @Test
    void aDisplayCannotIssueOrCall() {
        Http.Response issue = hall.display().post("/api/v1/tickets", HallApiTest.issue("A", "display-0001"));
        assertThat(issue.status()).isEqualTo(403);
        assertThat(issue.at("/message").asText()).contains("display may not POST /api/v1/tickets");
        assertThat(hall.display().post("/api/v1/windows/1/call").status()).isEqualTo(403);
        assertThat(hall.display().post("/api/v1/leases", "{\"requestId\":\"display-0002\",\"line\":\"A\"}").status()).isEqualTo(403);
        assertThat(hall.display().get("/api/v1/lines").status()).isEqualTo(200);
    }

    @Test
    void aKioskCannotCall() {
        hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "kiosk-000001"));
        for (String action : new String[] {"call", "recall", "done", "no-show", "pause", "resume"}) {
            assertThat(hall.kiosk().post("/api/v1/windows/1/" + action).status()).as(action).isEqualTo(403);
        }
        assertThat(hall.kiosk().get("/api/v1/status").status()).isEqualTo(403);
    }

    @Test
    void aCounterCannotIssue() {
        assertThat(hall.counter().post("/api/v1/tickets", HallApiTest.issue("A", "counter-0001")).status()).isEqualTo(403);
        assertThat(hall.counter().post("/api/v1/appointments/check-in", "{\"requestId\":\"counter-0002\",\"code\":\"BK-1\"}").status())
                .isEqualTo(403);
        assertThat(hall.counter().post("/api/v1/leases/handover", "{\"tickets\":[]}").status()).isEqualTo(403);
        assertThat(hall.queue.counter().status().tickets()).isEmpty();
    }

    @Test
    void noTokenAnUnknownTokenOrARevokedDeviceGetsNothing() {
        assertThat(new Http(hall.server.uri(), null).get("/api/v1/lines").status()).isEqualTo(401);
        assertThat(new Http(hall.server.uri(), "hk1_madeup").get("/api/v1/lines").status()).isEqualTo(401);
        assertThat(hall.kiosk().get("/api/v1/me").at("/name").asText()).isEqualTo("kiosk-east");
        hall.devices.revoke("kiosk-east");
        Http.Response revoked = hall.kiosk().post("/api/v1/tickets", HallApiTest.issue("A", "revoked-0001"));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.at("/message").asText()).contains("revoked");
        assertThat(new Http(hall.server.uri(), null).get("/api/v1/health").at("/status").asText()).isEqualTo("ok");
        assertThat(new Http(hall.server.uri(), null).get("/api/v1/events").status()).isEqualTo(401);
    }
}
