package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl devices read-card} on the in-process simulator. */
class ReadCardCommandTest {

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void aResidentCardAsJsonIsMaskedByDefault() throws Exception {
        CliRun r = run("devices", "read-card", "--link", "sim:idcard", "--json", "--timeout", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(r.out());

        assertThat(card.get("type").asText()).isEqualTo("RESIDENT");
        assertThat(card.get("name").asText()).isEqualTo("李*");
        assertThat(card.get("gender").asText()).isEqualTo("男");
        assertThat(card.get("nation").asText()).isEqualTo("汉");
        assertThat(card.get("birthDate").asText()).isEqualTo("1990-**-**");
        assertThat(card.get("address").asText()).isEqualTo("北京市东城区****");
        assertThat(card.get("idNumber").asText()).isEqualTo("1101**********" + SimulatedCards.resident().idNumber().substring(14));
        assertThat(card.get("authority").asText()).isEqualTo("北京市公安局东城分局");
        assertThat(card.get("validFrom").asText()).isEqualTo("2015-06-01");
        assertThat(card.get("validTo").asText()).isEqualTo("2035-06-01");
        assertThat(r.out()).doesNotContain(SimulatedCards.resident().idNumber()).doesNotContain("李四");
    }

    @Test
    void unmaskedShowsEverythingForATechnician() throws Exception {
        CliRun r = run("devices", "read-card", "--link", "sim:idcard", "--json", "--unmasked", "--sim-card", "resident_elder");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(r.out());

        assertThat(card.get("name").asText()).isEqualTo("张三");
        assertThat(card.get("idNumber").asText()).isEqualTo("11010519491231002X");
        assertThat(card.get("birthDate").asText()).isEqualTo("1949-12-31");
        assertThat(card.get("address").asText()).isEqualTo("北京市朝阳区测试路1号");
        assertThat(card.get("validTo").asText()).isEqualTo("长期");
    }

    @Test
    void aForeignPermanentResidentCardHasNationalityAndChineseName() throws Exception {
        CliRun r = run("devices", "read-card", "--link", "sim:idcard", "--json", "--unmasked", "--sim-card", "foreign_permanent");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(r.out());

        assertThat(card.get("type").asText()).isEqualTo("FOREIGN_PERMANENT");
        assertThat(card.get("name").asText()).isEqualTo("SMITH, JOHN TEST");
        assertThat(card.get("nationality").asText()).isEqualTo("USA");
        assertThat(card.get("chineseName").asText()).isEqualTo("史密斯");
        assertThat(card.get("nation").isNull()).isTrue();
        assertThat(card.get("birthDate").asText()).isEqualTo("1990-03-07");
    }

    @Test
    void aResidencePermitHasPassNumberAndIssueCount() throws Exception {
        CliRun masked = run("devices", "read-card", "--link", "sim:idcard", "--json", "--sim-card", "hk_macao_taiwan");
        assertThat(masked.exit()).as(masked.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(masked.out());

        assertThat(card.get("type").asText()).isEqualTo("HK_MACAO_TAIWAN");
        assertThat(card.get("passNumber").asText()).isEqualTo("H******56");
        assertThat(card.get("issueCount").asInt()).isEqualTo(1);
        assertThat(card.get("name").asText()).isEqualTo("陈*红");

        CliRun unmasked = run("devices", "read-card", "--link", "sim:idcard", "--json", "--unmasked", "--sim-card", "hk_macao_taiwan");
        assertThat(new ObjectMapper().readTree(unmasked.out()).get("passNumber").asText()).isEqualTo("H60123456");
    }

    @Test
    void theTextFormIsLabelledAndMasked() {
        CliRun r = run("devices", "read-card", "--link", "sim:idcard");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("证件类型 / type").contains("RESIDENT").contains("姓名 / name").contains("李*")
                .contains("民族 / nation").contains("汉").doesNotContain("李四");
        assertThat(r.err()).contains("请放置证件");
    }

    @Test
    void noCardIsATimeoutWithExitOne() {
        long start = System.nanoTime();
        CliRun r = run("devices", "read-card", "--link", "sim:idcard", "--sim-card", "none", "--timeout", "0.5");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("未检测到证件 / no card placed on the reader within 500 ms").doesNotContain("Exception");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(500);
    }

    @Test
    void anUnsupportedCardIsNamed() {
        CliRun r = run("devices", "read-card", "--link", "sim:idcard", "--sim-card", "unsupported", "--timeout", "3");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("不支持的证件").contains("unsupported card type 'Y'");
    }

    @Test
    void mistakesAreOneClearLine() {
        CliRun spec = run("devices", "read-card", "--link", "serial:/dev/ttyUSB1?baud=fast");
        assertThat(spec.exit()).isEqualTo(1);
        assertThat(spec.err().lines().filter(l -> l.startsWith("kioskctl:")).toList())
                .containsExactly("kioskctl: bad link spec 'serial:/dev/ttyUSB1?baud=fast': baud 'fast' is not a whole number");

        CliRun missing = run("devices", "read-card", "--link", "serial:" + dir.resolve("ttyUSB9"), "--timeout", "1");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("读卡器连接断开 / reader disconnected").contains("does not exist");

        CliRun simOnly = run("devices", "read-card", "--link", "serial:" + dir.resolve("ttyUSB9"), "--sim-card", "resident");
        assertThat(simOnly.err()).contains("--sim-card only works with a sim: link");
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = run("devices", "read-card", "--help");
        assertThat(r.exit()).isZero();
        for (String option : List.of("--link", "--timeout", "--json", "--unmasked")) {
            assertThat(r.out()).contains(option);
        }
    }
}
