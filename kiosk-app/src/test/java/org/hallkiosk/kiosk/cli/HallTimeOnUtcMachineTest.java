package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk whose machine was left on UTC keeps the hall's time: surefire runs this class in its own JVM with
 * {@code -Duser.timezone=UTC} (see kiosk-app's pom), and every check picks an instant at which the hall's day or
 * hours differ from what UTC would say.
 */
class HallTimeOnUtcMachineTest {

    @TempDir
    Path dir;

    @BeforeEach
    void machineIsOnUtc() {
        assertThat(ZoneId.systemDefault().normalized()).as("this test needs a JVM started with -Duser.timezone=UTC")
                .isEqualTo(ZoneId.of("UTC").normalized());
    }

    private CliRun at(String instant, String... args) {
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_NOW", instant);
        return CliRun.run(env, args);
    }

    @Test
    void openingHoursFollowTheHallNotTheMachine() throws Exception {
        // 09:30 in the hall is 01:30 UTC, before a UTC reading of the 08:30 opening.
        CliRun morning = at("2026-11-27T01:30:00Z", "ticket", "issue", "--line", "A", "--printer", "sim:ticket-test", "--json");
        assertThat(morning.exit()).as(morning.out() + morning.err()).isZero();
        assertThat(new ObjectMapper().readTree(morning.out()).get("number").asText()).isEqualTo("A001");
        JsonNode status = new ObjectMapper().readTree(at("2026-11-27T01:31:00Z", "queue", "status", "--json").out());
        assertThat(status.get("serviceDay").asText()).isEqualTo("2026-11-27");
        JsonNode ticket = status.get("tickets").get(0);
        assertThat(ticket.get("issuedAt").asText()).contains("09:30");

        // 17:45 in the hall (closed since 17:30) is 09:45 UTC, inside a UTC reading of the morning session.
        CliRun evening = at("2026-11-27T09:45:00Z", "ticket", "issue", "--line", "A", "--printer", "none", "--json");
        assertThat(evening.exit()).as(evening.out()).isEqualTo(TicketCommand.REFUSED);
        assertThat(new ObjectMapper().readTree(evening.out()).get("refusal").asText()).isEqualTo("outside-hours");
    }

    @Test
    void theDayChangesAtTheHallsMidnight() throws Exception {
        // 2026-11-27T16:30Z is already 00:30 on the 28th in the hall; the machine still says the 27th.
        CliRun status = at("2026-11-27T16:30:00Z", "queue", "status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(new ObjectMapper().readTree(status.out()).get("serviceDay").asText()).isEqualTo("2026-11-28");
        CliRun before = at("2026-11-27T15:30:00Z", "queue", "status", "--json");
        assertThat(new ObjectMapper().readTree(before.out()).get("serviceDay").asText()).isEqualTo("2026-11-27");
    }

    @Test
    void aConfiguredZoneMovesTheDayWithIt() throws Exception {
        Path yaml = dir.resolve("kiosk.yaml");
        Files.writeString(yaml, "timeZone: Asia/Urumqi\n");
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_CONFIG", yaml.toString());
        // 17:30Z is 01:30 on the 28th in Shanghai but 23:30 on the 27th in Urumqi (UTC+6).
        env.put("HALLKIOSK_NOW", "2026-11-27T17:30:00Z");
        CliRun status = CliRun.run(env, "queue", "status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(LocalDate.parse(new ObjectMapper().readTree(status.out()).get("serviceDay").asText()))
                .isEqualTo(LocalDate.of(2026, 11, 27));
        // 18:30Z is 00:30 on the 28th in Urumqi, while UTC still says the 27th.
        env.put("HALLKIOSK_NOW", "2026-11-27T18:30:00Z");
        assertThat(new ObjectMapper().readTree(CliRun.run(env, "queue", "status", "--json").out()).get("serviceDay").asText())
                .isEqualTo("2026-11-28");
        assertThat(CliRun.run(env, "config", "show").out()).contains("timeZone: Asia/Urumqi").doesNotContain("timeZone: Asia/Urumqi  # default");
    }
}
