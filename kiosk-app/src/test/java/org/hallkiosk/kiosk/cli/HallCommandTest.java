package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kioskctl hall}: devices with tokens shown once, and a server that serves them. */
class HallCommandTest {

    @TempDir
    Path dir;

    @Test
    void deviceAddPrintsTheTokenOnceAsJsonListShowsNoTokenRevokeLocksOut() throws Exception {
        CliRun add = CliRun.run(dir, "hall", "device", "add", "kiosk-east-1", "--role", "kiosk", "--json");
        assertThat(add.exit()).as(add.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(add.out());
        assertThat(d.get("name").asText()).isEqualTo("kiosk-east-1");
        assertThat(d.get("role").asText()).isEqualTo("kiosk");
        assertThat(d.get("token").asText()).startsWith("hk1_");
        assertThat(Files.exists(dir.resolve("home/hall.db"))).as("the default database is hall.db in the data directory").isTrue();
        CliRun plain = CliRun.run(dir, "hall", "device", "add", "window-03", "--role", "counter");
        assertThat(plain.out()).contains("added counter window-03").contains("token (shown only now): hk1_");
        CliRun list = CliRun.run(dir, "hall", "device", "list");
        assertThat(list.out()).contains("kiosk-east-1").contains("window-03").doesNotContain(d.get("token").asText());
        assertThat(CliRun.run(dir, "hall", "device", "revoke", "kiosk-east-1").out()).contains("revoked kiosk kiosk-east-1");
        assertThat(CliRun.run(dir, "hall", "device", "list", "--json").out()).contains("\"revoked\" : \"20");
        CliRun again = CliRun.run(dir, "hall", "device", "add", "window-03", "--role", "counter");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("exists already");
        CliRun badRole = CliRun.run(dir, "hall", "device", "add", "x1", "--role", "admin");
        assertThat(badRole.err()).contains("kiosk, counter or display");
        CliRun badDb = CliRun.run(dir, "hall", "device", "list", "--db", "jdbc:mysql://x/y");
        assertThat(badDb.exit()).isEqualTo(1);
        assertThat(badDb.err()).contains("jdbc:postgresql://HOST");
    }

    @Test
    void serveAnswersWithTheDevicesAddedByTheCommand() throws Exception {
        CliRun add = CliRun.run(dir, "hall", "device", "add", "kiosk-1", "--role", "kiosk", "--json");
        String token = new ObjectMapper().readTree(add.out()).get("token").asText();
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            CommandLine cl = KioskCtl.commandLine(new KioskCtl(env));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            exit.set(cl.execute("hall", "serve", "--port", "0", "--host", "127.0.0.1"));
        });
        serving.start();
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
        Matcher m = listening.matcher("");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!m.find() && System.nanoTime() < deadline) {
            serving.join(50);
            m = listening.matcher(out.toString());
        }
        assertThat(m.find(0)).as("server started: " + out).isTrue();
        URI base = URI.create(m.group(1));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/tickets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"line\":\"A\",\"requestId\":\"cli-serve-001\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"number\":\"A001\"");
        serving.interrupt();
        serving.join(30_000);
        assertThat(exit.get()).isZero();
    }
}
