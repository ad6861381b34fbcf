package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl rating|feedback} as staff type them, on the bundled lines at a fixed hall time. */
class RatingCommandTest {

    @TempDir
    Path dir;

    private CliRun runAt(String now, String... args) {
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_NOW", now);
        return CliRun.run(env, args);
    }

    private CliRun run(String... args) {
        return runAt("2026-11-27T10:00:00+08:00", args);
    }

    private void serveOne() {
        assertThat(run("ticket", "issue", "--line", "A", "--printer", "none").exit()).isIn(0, 3);
        assertThat(run("queue", "call", "--window", "1").exit()).isZero();
        assertThat(run("queue", "done", "--window", "1").exit()).isZero();
    }

    @Test
    void submitListAndHandleABadRating() throws Exception {
        assertThat(run("rating", "submit", "--ticket", "A001", "--level", "5").err()).contains("今天没有找到 A001").contains("No service found");
        serveOne();
        CliRun bad = run("rating", "submit", "--ticket", "A001", "--level", "2");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("at least one reason");
        CliRun r = run("rating", "submit", "--ticket", "A001", "--level", "1", "--reason", "waiting", "--reason", "attitude",
                "--text", "等太久", "--callback", "13812345678", "--consent", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        String id = j.get("id").asText();
        assertThat(j.get("service").asText()).isEqualTo("A001");
        assertThat(j.get("window").asInt()).isEqualTo(1);
        assertThat(j.get("levelName").asText()).isEqualTo("非常不满意");
        assertThat(j.get("callBack").asText()).isEqualTo("138****5678");
        assertThat(r.out()).doesNotContain("13812345678");
        CliRun again = run("rating", "submit", "--ticket", "A001", "--level", "5");
        assertThat(again.exit()).isEqualTo(RatingCommand.REFUSED);
        assertThat(again.err()).contains("A001 已于 11月27日 10:00 评价过");
        assertThat(run("rating", "list", "--bad").out()).contains(id).contains("非常不满意").contains("等候时间太长").contains("待整改");
        assertThat(runAt("2026-12-20T10:00:00+08:00", "rating", "list", "--bad").out()).contains("OVERDUE");
        assertThat(run("rating", "callback", id).out().strip()).isEqualTo("13812345678");
        CliRun handled = run("rating", "handle", id.toLowerCase(), "--by", "王主任", "--note", "已回访致歉");
        assertThat(handled.exit()).as(handled.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(runAt("2026-12-20T10:00:00+08:00", "rating", "list", "--json").out());
        assertThat(list.get(0).get("handled").get("by").asText()).isEqualTo("王主任");
        assertThat(list.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(run("rating", "list", "--open").out()).contains("no ratings of that kind");
    }

    @Test
    void aCallBackNeedsConsentAndAReasonMustBeKnown() {
        serveOne();
        assertThat(run("rating", "submit", "--ticket", "A001", "--level", "2", "--reason", "slow", "--callback", "13812345678").err())
                .contains("consent");
        assertThat(run("rating", "submit", "--ticket", "A001", "--level", "2", "--reason", "rude").err()).contains("unknown reason 'rude'");
        assertThat(run("rating", "list").out()).contains("no ratings yet");
    }

    @Test
    void feedbackGivesAReferenceAndTheHotLine() throws Exception {
        CliRun r = run("feedback", "submit", "--category", "complaint", "--text", "取号机屏幕太暗");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)TS-261127-\\w{4} 投诉 已收到.*12345.*");
        String ref = r.out().substring(0, 14);
        assertThat(run("feedback", "list").out()).contains(ref).contains("待处理");
        assertThat(run("feedback", "handle", ref, "--by", "李科长", "--note", "已调亮").exit()).isZero();
        assertThat(run("feedback", "list").out()).contains("已处理: 李科长");
        assertThat(run("feedback", "submit", "--category", "praise", "--text", "x").err()).contains("suggestion (意见建议) or complaint (投诉)");
    }

    @Test
    void staffReadAndHandleTheHallsDatabaseWithDb() throws Exception {
        serveOne();
        String id = new ObjectMapper().readTree(run("rating", "submit", "--ticket", "A001", "--level", "2", "--reason", "slow",
                "--callback", "13812345678", "--consent", "--json").out()).get("id").asText();
        String url = "jdbc:sqlite:" + dir.resolve("home/queue.db");
        assertThat(run("rating", "list", "--db", url).out()).contains(id).contains("待整改");
        assertThat(run("rating", "callback", id, "--db", url).err()).as("without the key nothing sealed opens").contains("another identity key");
        assertThat(run("rating", "callback", id, "--db", url, "--key", dir.resolve("home/identity.key").toString()).out().strip())
                .isEqualTo("13812345678");
        assertThat(run("rating", "handle", id, "--db", url, "--by", "李", "--note", "已回访").exit()).isZero();
        assertThat(run("rating", "list").out()).contains("已整改: 李");
        assertThat(run("feedback", "list", "--db", url, "--key", dir.resolve("nokey").toString()).err()).contains("no identity key at");
    }
}
