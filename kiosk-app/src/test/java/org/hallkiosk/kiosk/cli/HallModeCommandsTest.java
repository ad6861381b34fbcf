package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hallkiosk.kiosk.hall.TestHall;
import org.hallkiosk.queue.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kioskctl ticket issue} and {@code kioskctl queue …} with {@code queue.mode: hall}: against a real hall server,
 * with a kiosk's token from kiosk.yaml and a counter's from {@code HALLKIOSK_HALL_TOKEN} or {@code --token-file}.
 */
class HallModeCommandsTest {

    @TempDir
    Path dir;
    TestHall hall;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        hall = new TestHall(Backend.SQLITE, dir.resolve("hall"));
        Path yaml = dir.resolve("kiosk.yaml");
        Files.writeString(yaml, """
                kioskId: kiosk-cli
                timeZone: Asia/Shanghai
                queue:
                  mode: hall
                  hall:
                    url: "%s"
                    token: "%s"
                    timeoutSeconds: 2
                """.formatted(hall.url(), hall.kioskToken("kiosk-cli")), StandardCharsets.UTF_8);
        env = CliRun.environment(dir);
        env.put("HALLKIOSK_CONFIG", yaml.toString());
        env.put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void ticketsAreIssuedByTheServerAndCountersWorkWithACounterToken() throws Exception {
        CliRun issued = CliRun.run(env, "ticket", "issue", "--line", "A", "--printer", "none", "--json");
        assertThat(issued.exit()).as(issued.err()).isEqualTo(TicketCommand.NOT_PRINTED);
        assertThat(json(issued).get("number").asText()).isEqualTo("A001");
        assertThat(json(issued).get("offline").asBoolean()).isFalse();
        assertThat(hall.hall().counter().status().tickets()).extracting(t -> t.number()).containsExactly("A001");

        CliRun refused = CliRun.run(env, "queue", "call", "--window", "1");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("a kiosk may not").contains("need a counter's token").contains("HALLKIOSK_HALL_TOKEN")
                .contains("queue.hall.token in kiosk.yaml");

        env.put("HALLKIOSK_HALL_TOKEN", hall.counterToken());
        CliRun call = CliRun.run(env, "queue", "call", "--window", "1");
        assertThat(call.exit()).as(call.err()).isZero();
        assertThat(call.out()).contains("请 A001 号到 1 号窗口");
        assertThat(CliRun.run(env, "queue", "recall", "--window", "1").out()).contains("再次呼叫 A001");
        assertThat(CliRun.run(env, "queue", "call", "--window", "1").err()).as("the server's own reason")
                .contains("window 1");
        assertThat(CliRun.run(env, "queue", "transfer", "--window", "1", "--to", "B").out()).contains("A001 转到 B");
        assertThat(CliRun.run(env, "queue", "call", "--window", "5").out()).contains("A001");
        assertThat(CliRun.run(env, "queue", "no-show", "--window", "5").out()).contains("A001 过号作废");
        assertThat(CliRun.run(env, "queue", "call", "--window", "1").exit()).as("nobody waits").isEqualTo(4);
        JsonNode status = json(CliRun.run(env, "queue", "status", "--json"));
        assertThat(status.at("/tickets/0/number").asText()).isEqualTo("A001");
        assertThat(status.at("/tickets/0/state").asText()).isEqualTo("void");

        env.remove("HALLKIOSK_HALL_TOKEN");
        Path tokenFile = dir.resolve("window.token");
        Files.writeString(tokenFile, hall.counterToken() + "\n");
        assertThat(CliRun.run(env, "queue", "status", "--token-file", tokenFile.toString()).out()).contains("A001");
    }

    @Test
    void backToLocalModeTheHallsTicketsLeaveNoTraceInTheLocalNumbering() throws Exception {
        assertThat(json(CliRun.run(env, "ticket", "issue", "--line", "A", "--printer", "none", "--json")).get("number").asText())
                .isEqualTo("A001");
        assertThat(CliRun.run(env, "ticket", "reprint").out()).as("kept for 补打 in queue.db").contains("A001");
        Path local = dir.resolve("local.yaml");
        Files.writeString(local, "kioskId: kiosk-cli\ntimeZone: Asia/Shanghai\n", StandardCharsets.UTF_8);
        env.put("HALLKIOSK_CONFIG", local.toString());
        CliRun issued = CliRun.run(env, "ticket", "issue", "--line", "A", "--printer", "none", "--json");
        assertThat(issued.exit()).as(issued.err()).isEqualTo(TicketCommand.NOT_PRINTED);
        assertThat(json(issued).get("number").asText()).as("its own numbering, from 001").isEqualTo("A001");
        assertThat(json(issued).has("offline")).isFalse();
        assertThat(CliRun.run(env, "queue", "status").out()).contains("A001").doesNotContain("hall");
    }

    @Test
    void aCutIsReportedPlainly() {
        hall.proxy().cut();
        CliRun issued = CliRun.run(env, "ticket", "issue", "--line", "A", "--printer", "none");
        assertThat(issued.exit()).as("no lease on this machine: refused, with the reason").isEqualTo(TicketCommand.REFUSED);
        assertThat(issued.out()).contains("hall-unreachable").contains("服务台");
        env.put("HALLKIOSK_HALL_TOKEN", hall.counterToken());
        CliRun call = CliRun.run(env, "queue", "call", "--window", "1");
        assertThat(call.exit()).isEqualTo(1);
        assertThat(call.err()).contains("did not answer").contains("nothing was changed");
    }

    @Test
    void configShowsTheModeButNeverTheTokenAndHallModeNeedsBoth() throws Exception {
        CliRun show = CliRun.run(env, "config", "show");
        assertThat(show.out()).contains("mode: hall").contains("hall.url: \"" + hall.url() + "\"").contains("hall.token: (set)")
                .doesNotContain("hk1_");
        assertThat(show.out().split("\nqueue:", -1)).as("one queue: section").hasSize(2);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "queue:\n  mode: hall\n", StandardCharsets.UTF_8);
        env.put("HALLKIOSK_CONFIG", bad.toString());
        CliRun r = CliRun.run(env, "config", "show");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("queue.mode").contains("queue.hall.url").contains("queue.hall.token");
    }
}
