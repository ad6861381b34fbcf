package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl content ...} through picocli, with captured output. */
class ContentCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    private Path exported() {
        Path content = dir.resolve("content");
        assertThat(run("content", "export", content.toString()).exit()).isZero();
        return content;
    }

    @Test
    void validateTheBundledContentPrintsOneSummaryLine() {
        CliRun r = run("content", "validate", "--no-warnings");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).singleElement().satisfies(line ->
                assertThat(line).matches("OK: 42 items, 13 departments, 6 lines, \\d+ warnings .*"));
    }

    @Test
    void validateListsWarningsAboveTheSummaryWithoutFailing() {
        CliRun r = run("content", "validate", exported().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("items/jg-jiashizheng-huanzheng.yaml:5:7: warning: 没有写收费信息");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("OK: 42 items, 13 departments, 6 lines");
    }

    @Test
    void validateReportsEveryErrorAtOnceAndExitsOne() throws Exception {
        Path content = exported();
        Path company = content.resolve("items/scjg-gongsi-sheli.yaml");
        Files.writeString(company, Files.readString(company).replace("department: scjg", "department: nope")
                .replace("{name: 公司章程, original: 1, source: 申请人自备}", "{name: 公司章程, source: 申请人自备}"));
        Path lines = content.resolve("lines.yaml");
        Files.writeString(lines, Files.readString(lines).replace("departments: [gjj]", "departments: [gjjj]"));

        CliRun r = run("content", "validate", content.toString(), "--no-warnings");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(
                "items/scjg-gongsi-sheli.yaml:11:13: 未知部门 'nope'（departments.yaml 里的 id 有：scjg, gafj-hz, gafj-jg, rsj, ybj, gjj, bdc, zrzy, mzj, wjw, sfj, zjj, jyj）",
                "items/scjg-gongsi-sheli.yaml:27:5: 材料 '公司章程' 没有份数：写 original（原件份数）和/或 copies（复印件份数），至少一项大于 0",
                "lines.yaml:70:19: 未知部门 'gjjj'（departments.yaml 里的 id 有：scjg, gafj-hz, gafj-jg, rsj, ybj, gjj, bdc, zrzy, mzj, wjw, sfj, zjj, jyj）");
        assertThat(r.err()).contains("kioskctl: 3 error(s) in " + content).doesNotContain("Exception");
    }

    @Test
    void validateAMissingDirectory() {
        CliRun r = run("content", "validate", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("目录不存在");
    }

    @Test
    void showPrintsAnItemAsATechnicianReadsIt() {
        CliRun r = run("content", "show", "99010100bd-qr-0001");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("99010100BD-QR-0001  不动产转移登记（买卖）")
                .contains("事项类型: 行政确认（07）")
                .contains("取号: B 不动产登记，窗口 7-10")
                .contains("法定时限: 30 个工作日")
                .contains("承诺时限: 5 个工作日")
                .contains("  - 住宅类不动产登记费 80 元/件（车位、车库、储藏室按住宅类收取）；依据 发改价格规〔2016〕2559号")
                .contains("  1. 不动产登记申请书 — 原件 1 份；必需；申请人自备；空白表格 bdc-dengji-shenqingshu.pdf")
                .contains("仅当申请人已婚、不动产为夫妻共有的")
                .contains("咨询电话: 12345")
                .contains("办理时间: 周一、周二、周三、周四、周五 08:30-12:00，14:00-17:30（法定节假日除外）");
        assertThat(run("content", "show", "99010100MZ-QR-0001").out())
                .contains("办理时间: 周一、周二、周三、周四、周五 08:30-11:30，14:00-17:00（法定节假日除外）")
                .contains("办理地点: 三楼 F 区婚姻登记处");
    }

    @Test
    void showAnUnknownCode() {
        CliRun r = run("content", "show", "NOPE-1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no item with code 'NOPE-1'").contains("content search");
    }

    @Test
    void searchPrintsRankedLines() {
        CliRun r = run("content", "search", "yyzz", "--limit", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).first()
                .isEqualTo("99010100SJ-XK-0009  营业执照遗失补领  示例区市场监督管理局");
    }

    @Test
    void searchJoinsWordsAndPrintsJson() throws Exception {
        CliRun r = run("content", "search", "ying", "ye", "--json", "--limit", "2");
        assertThat(r.exit()).isZero();
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(2);
        assertThat(arr.get(0).get("code").asText()).isEqualTo("99010100SJ-XK-0009");
        assertThat(arr.get(0).get("name").asText()).isEqualTo("营业执照遗失补领");
        assertThat(arr.get(0).get("department").asText()).isEqualTo("示例区市场监督管理局");
        assertThat(arr.get(0).get("match").asText()).isEqualTo("NAME_PREFIX");
    }

    @Test
    void searchWithNoResultSaysSoOnStderr() {
        CliRun r = run("content", "search", "qqqqq");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no item matches 'qqqqq'");
        assertThat(run("content", "search", "qqqqq", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void searchUsesTheGivenDirectory() throws Exception {
        Path content = exported();
        Path company = content.resolve("items/scjg-gongsi-sheli.yaml");
        Files.writeString(company, Files.readString(company).replace("name: 公司设立登记", "name: 企业开办一件事"));
        CliRun r = run("content", "search", "qykb", "--dir", content.toString());
        assertThat(r.out()).startsWith("99010100SJ-XK-0001  企业开办一件事");
    }

    @Test
    void searchOnBrokenContentPointsToValidate() throws Exception {
        Path content = exported();
        Files.writeString(content.resolve("themes.yaml"), "个人: [\n");
        CliRun r = run("content", "search", "yyzz", "--dir", content.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error(s); run 'kioskctl content validate " + content + "'");
    }

    @Test
    void exportRefusesToOverwrite() {
        Path content = exported();
        CliRun again = run("content", "export", content.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; use --force");
        assertThat(run("content", "export", content.toString(), "--force").exit()).isZero();
    }

    @Test
    void everyContentCommandHasHelp() {
        for (String sub : new String[] {"validate", "show", "search", "export"}) {
            CliRun r = run("content", sub, "--help");
            assertThat(r.exit()).as(sub).isZero();
            assertThat(r.out()).as(sub).contains("Usage: kioskctl content " + sub);
        }
    }
}
