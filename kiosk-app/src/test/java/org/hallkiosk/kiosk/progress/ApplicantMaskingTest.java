package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Applicants are masked the moment a case enters the kiosk, whichever way it comes in. */
class ApplicantMaskingTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "张伟, 张*",
        "王小明, 王*明",
        "张王丽华, 张*华",
        "欧阳娜娜, 欧阳*娜",
        "欧阳锋, 欧阳*",
        "欧阳, 欧*",
        "SMITH JOHN, S*N"
    })
    void fromAnImportFile(String name, String masked) throws Exception {
        String json = "{\"cases\":[{\"caseNumber\":\"62052400MZ-XK-0001\",\"queryCode\":\"482913\",\"itemName\":\"事项\","
                + "\"status\":\"ACCEPTED\",\"applicant\":{\"name\":\"" + name + "\"}}]}";
        CaseFile.Contents c = new CaseFile(ZONE).read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false);
        CaseRecord r = c.cases().get(0).record();
        assertThat(r.maskedApplicant()).isEqualTo(masked);
        assertThat(r.toString()).doesNotContain(name.length() > 2 ? name : "\u0000");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "张伟, 张*",
        "王小明, 王*明",
        "张王丽华, 张*华",
        "欧阳娜娜, 欧阳*娜",
        "欧阳锋, 欧阳*"
    })
    void fromTheApprovalSystem(String name, String masked) throws Exception {
        HttpSourceSettings s = HttpSourceSettings.of("http://127.0.0.1:1/x?a={caseNumber}&b={queryCode}", "");
        var node = new ObjectMapper().readTree("{\"caseNumber\":\"62052400MZ-XK-0001\",\"status\":\"审查中\",\"applicant\":\"" + name + "\"}");
        CaseRecord r = new JsonCaseMapper(s, ZONE).map(node);
        assertThat(r.maskedApplicant()).isEqualTo(masked);
        assertThat(CaseJson.write(r).toString()).doesNotContain("\"" + name + "\"");
    }
}
