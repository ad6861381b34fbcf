package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl doctor} as a technician runs it, on this machine (no kiosk session here, so it finds problems). */
class DoctorCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonListsEveryCheckAndTheExitSaysSomethingIsWrong() throws Exception {
        CliRun r = CliRun.run(dir, "doctor", "--json");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<String> checks = new ArrayList<>();
        doc.get("checks").forEach(c -> checks.add(c.get("check").asText()));
        assertThat(checks).contains("version", "config", "display", "compositor", "font", "device printer", "device idcard",
                "device scanner", "device gpio", "group dialout", "data directory", "time zone", "clock", "NTP", "hall server");
        boolean anyFail = false;
        for (JsonNode c : doc.get("checks")) {
            boolean fail = c.get("status").asText().equals("FAIL");
            anyFail |= fail;
            if (fail) {
                assertThat(c.get("fix").asText()).as("a failure says how to fix it: " + c).isNotBlank();
            }
        }
        assertThat(doc.get("ok").asBoolean()).isEqualTo(!anyFail);
        assertThat(r.exit()).isEqualTo(anyFail ? 1 : 0);
        assertThat(doc.toString()).contains("not configured (queue.hall.url)");
    }

    @Test
    void aBrokenConfigurationIsAFailedCheckAndTheRestStillRuns() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kiosk.yaml"), "devices:\n  prnter: x\n");
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_CONFIG", yaml.toString());
        CliRun r = CliRun.run(env, "doctor");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("config\\s+FAIL\\s+.*line 2: key 'devices.prnter': unknown key")
                .contains("fix: correct the lines named")
                .containsPattern("font\\s+(OK|WARN|FAIL)")
                .containsPattern("time zone\\s+OK\\s+hall Asia/Shanghai")
                .doesNotContain("device printer");
    }

    @Test
    void theHallServerAddressIsReadAsWrittenWhenAFileSetsIt() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kiosk.yaml"), "queue:\n  mode: hall\n  hall:\n    url: http://192.0.2.1:8080/\n");
        assertThat(ConfigLoader.rawValue(yaml, "queue.hall.url")).contains("http://192.0.2.1:8080/");
        assertThat(ConfigLoader.rawValue(yaml, "queue.hall.token")).isEmpty();
    }
}
