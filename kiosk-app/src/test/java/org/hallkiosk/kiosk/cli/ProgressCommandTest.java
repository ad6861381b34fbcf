package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl progress ...} through picocli, with captured output. */
class ProgressCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void aReceiptQrCodeFindsTheDemoCaseWithTheApplicantMasked() {
        CliRun r = run("progress", "lookup", "--qr", DemoCases.RECEIPT_QR);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("status:      审查中").contains("applicant:   李*").doesNotContain("李四")
                .contains("(demo data)").contains("受理");
    }

    @Test
    void anUnrecognisedCodeOrAnUnknownCaseExitsNonZeroWithThePlainMessage() {
        CliRun qr = run("progress", "lookup", "--qr", "<script>alert(1)</script>");
        assertThat(qr.exit()).isEqualTo(ProgressCommand.NOT_FOUND);
        assertThat(qr.err()).contains("无法识别的二维码").doesNotContain("Exception");
        CliRun unknown = run("progress", "lookup", "--case", "44010600ZJ-XK-0158", "--code", "000000");
        assertThat(unknown.exit()).isEqualTo(ProgressCommand.NOT_FOUND);
        assertThat(unknown.err()).contains("未找到该办件");
        CliRun malformed = run("progress", "lookup", "--case", "x';--", "--code", "1");
        assertThat(malformed.exit()).isEqualTo(ProgressCommand.NOT_FOUND);
    }

    @Test
    void theSimulatedResidentCardListsHisCasesAsJson() throws Exception {
        CliRun r = run("progress", "lookup", "--id-card-sim", "resident", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(4);
        assertThat(list.get(0).path("applicant").asText()).isEqualTo("李*");
        assertThat(r.out()).doesNotContain("110101199003071137");
        assertThat(r.err()).contains("1101**********1137");
    }

    @Test
    void aCardHolderWithoutCasesExitsNonZero() {
        CliRun r = run("progress", "lookup", "--id-card-sim", "elder");
        assertThat(r.exit()).isEqualTo(ProgressCommand.NOT_FOUND);
        assertThat(r.err()).contains("未查到");
    }

    @Test
    void importedCasesAreFoundInTheLocalStore() throws Exception {
        Path cases = dir.resolve("cases.yaml");
        Files.writeString(cases, """
                cases:
                  - caseNumber: "62052400MZ-XK-0001"
                    queryCode: "482913"
                    itemName: 食品经营许可证（延续）
                    department: 区市场监督管理局
                    applicant: {name: 欧阳娜娜, idNumber: "330102196811200041"}
                    acceptedAt: 2026-11-20 09:30
                    promisedDate: 2026-12-04
                    status: 已受理
                """);
        CliRun imported = run("progress", "import", cases.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 new").contains("progress.source: local");

        Path config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "progress:\n  source: local\n");
        CliRun found = run("--config", config.toString(), "progress", "lookup", "--case", "62052400MZ-XK-0001", "--code", "482913");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).contains("status:      已受理").contains("applicant:   欧阳*娜").contains("local SQLite");
        assertThat(Files.readString(dir.resolve("home/progress.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("330102196811200041").doesNotContain("482913");
    }

    @Test
    void aBrokenImportFileChangesNothingAndSaysWhere() throws Exception {
        Path cases = dir.resolve("cases.json");
        Files.writeString(cases, "{\"cases\":[{\"caseNumber\":\"62052400MZ-XK-0001\",\"status\":\"nope\"}]}");
        CliRun r = run("progress", "import", cases.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nothing imported").contains("cases[0] (62052400MZ-XK-0001).status");
        assertThat(dir.resolve("home/progress.db")).doesNotExist();
    }

    @Test
    void signProducesAPayloadTheKioskReads() throws Exception {
        Path config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "progress:\n  qr:\n    signed:\n      key: \"0123456789abcdef-centre\"\n");
        CliRun signed = run("--config", config.toString(), "progress", "sign", "--case", "44010600ZJ-XK-0158", "--code", "135790");
        assertThat(signed.exit()).as(signed.err()).isZero();
        CliRun found = run("--config", config.toString(), "progress", "lookup", "--qr", signed.out().strip());
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).contains("44010600ZJ-XK-0158");
        assertThat(run("progress", "sign", "--case", "44010600ZJ-XK-0158", "--code", "135790").err()).contains("signed.key is not set");
    }
}
