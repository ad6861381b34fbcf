package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTest {

    @TempDir
    Path dir;

    private final CaseFile file = new CaseFile(ZoneId.of("Asia/Shanghai"));

    @Test
    void readsJsonWithEveryFieldForm() throws Exception {
        Path f = dir.resolve("cases.json");
        Files.writeString(f, """
                {"cases": [{
                  "caseNumber": "62052400MZ-XK-0001", "queryCode": "482913", "itemName": "营业执照变更",
                  "applicant": {"name": "欧阳娜娜", "idNumber": "330102196811200041"},
                  "acceptedAt": "2026-11-20T09:30:00+08:00", "promisedDate": "2026/12/04", "status": "审查中",
                  "overdue": false,
                  "steps": [{"name": "受理", "time": "1795656600000"}],
                  "pickup": {"method": "post", "carrier": "EMS", "trackingNumber": "1180412345678"}
                }]}
                """);
        CaseFile.Contents c = file.read(f);
        assertThat(c.cases()).hasSize(1);
        ImportedCase imported = c.cases().get(0);
        CaseRecord r = imported.record();
        assertThat(r.maskedApplicant()).isEqualTo("欧阳*娜");
        assertThat(r.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(r.acceptedAt()).contains(LocalDateTime.of(2026, 11, 20, 9, 30));
        assertThat(r.steps().get(0).time()).isPresent();
        assertThat(r.pickup()).isEqualTo(new Pickup.ByPost("EMS", "1180412345678"));
        assertThat(imported.holderIdNumber()).contains("330102196811200041");
        assertThat(imported.toString()).doesNotContain("330102196811200041", "482913").contains("3301**********0041");
    }

    @Test
    void reportsEveryProblemWithItsCase() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                cases:
                  - caseNumber: "62052400MZ-XK-0001"
                    queryCode: 012345
                    itemName: 事项
                    status: 办好了
                    promisedDate: 下周
                    colour: red
                  - caseNumber: "62052400MZ-XK-0001"
                    queryCode: "482913"
                    status: ACCEPTED
                """);
        assertThatThrownBy(() -> file.read(f)).isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("cases[0] (62052400MZ-XK-0001).queryCode").contains("quotes"))
                .anySatisfy(p -> assertThat(p).contains("status").contains("办好了"))
                .anySatisfy(p -> assertThat(p).contains("promisedDate"))
                .anySatisfy(p -> assertThat(p).contains("colour").contains("unknown field"))
                .anySatisfy(p -> assertThat(p).contains("cases[1]").contains("itemName").contains("required"))
                .anySatisfy(p -> assertThat(p).contains("cases[1]").contains("more than once")));
    }

    @Test
    void brokenSyntaxNamesTheLine() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"cases\": [\n{\"caseNumber\": \"x\",,}]}");
        assertThatThrownBy(() -> file.read(f)).isInstanceOfSatisfying(CaseFileException.class,
                e -> assertThat(e.problems().get(0)).startsWith("line 2").contains("not valid JSON"));
        Files.writeString(f, "[1, 2]");
        assertThatThrownBy(() -> file.read(f)).hasMessageContaining("'cases:' list");
    }
}
