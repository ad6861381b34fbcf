package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document lists exactly the server's operations, with the roles the server enforces. */
class OpenApiTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentMatchesTheRoutesAndTheirRoles() throws Exception {
        try (TestDatabases dbs = new TestDatabases(Backend.SQLITE, dir); HallFixture hall = new HallFixture(dbs.place())) {
            Http.Response served = new Http(hall.server.uri(), null).get("/api/v1/openapi.json");
            assertThat(served.status()).isEqualTo(200);
            JsonNode doc = served.body();
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    Set<String> roles = new TreeSet<>();
                    op.getValue().get("x-roles").forEach(r -> roles.add(r.asText()));
                    documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + roles);
                    for (JsonNode ref : op.getValue().findValues("$ref")) {
                        String name = ref.asText().substring("#/components/schemas/".length());
                        assertThat(doc.at("/components/schemas/" + name).isMissingNode()).as("schema " + name).isFalse();
                    }
                }
            }
            Set<String> routes = new TreeSet<>();
            for (Route r : hall.server.routes()) {
                Set<String> roles = new TreeSet<>();
                for (Role role : r.roles()) {
                    roles.add(role.label());
                }
                routes.add(r.method() + " " + r.path() + " " + roles);
            }
            assertThat(documented).isEqualTo(routes);

            // Every route is really there: with a kiosk's token nothing answers "no such operation".
            Set<Integer> statuses = new HashSet<>();
            for (Route r : hall.server.routes()) {
                if (r.path().equals("/api/v1/events")) {
                    continue;
                }
                String path = r.path().replace("{window}", "1").replace("{id}", "unknown");
                Http.Response resp = r.method().equals("GET") ? hall.kiosk().get(path) : hall.kiosk().post(path);
                statuses.add(resp.status());
                if (resp.status() == 404) {
                    assertThat(resp.at("/message").asText()).as(r.toString()).doesNotContain("no such operation");
                }
            }
            assertThat(statuses).contains(200, 403);
        }
    }
}
