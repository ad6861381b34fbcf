package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kioskctl ticket|queue|appointments} through picocli, on the bundled lines and a fixed hall time. */
class QueueCommandsTest {

    @TempDir
    Path dir;
    String now = "2026-11-27T09:30:00+08:00";

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HALLKIOSK_HOME", dir.resolve("home").toString());
        env.put("HALLKIOSK_CONFIG", "");
        env.put("HALLKIOSK_NOW", now);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskCtl.commandLine(new KioskCtl(env));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void issueJsonHasTheAgreedFieldsAndPrintsOnTheSimulator() throws Exception {
        Path png = dir.resolve("ticket.png");
        Run r = run("ticket", "issue", "--line", "A", "--printer", "sim:ticket-test", "--png", png.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("number").asText()).isEqualTo("A001");
        assertThat(j.get("line").asText()).isEqualTo("A");
        assertThat(j.get("ahead").asInt()).isZero();
        assertThat(j.get("estimatedWaitMinutes").asInt()).isZero();
        assertThat(j.get("printed").asBoolean()).isTrue();
        assertThat(j.has("printError")).isFalse();
        assertThat(Files.size(png)).isPositive();
        JsonNode second = run("ticket", "issue", "--line", "a", "--printer", "none", "--json").json();
        assertThat(second.get("number").asText()).isEqualTo("A002");
        assertThat(second.get("ahead").asInt()).isEqualTo(1);
    }

    @Test
    void aPrinterFaultLeavesAValidTicketQueuedForReprint() throws Exception {
        Run r = run("ticket", "issue", "--line", "B", "--printer", "sim:ticket-test", "--simulate", "paper_out", "--json");
        assertThat(r.exit()).isEqualTo(TicketCommand.NOT_PRINTED);
        JsonNode j = r.json();
        assertThat(j.get("number").asText()).isEqualTo("B001");
        assertThat(j.get("printed").asBoolean()).isFalse();
        assertThat(j.get("printError").asText()).contains("缺纸").contains("paper out");
        assertThat(run("ticket", "reprint").out()).contains("B001").contains("缺纸");
        Run reprint = run("ticket", "reprint", "B001", "--printer", "sim:ticket-test");
        assertThat(reprint.exit()).isZero();
        assertThat(reprint.out()).contains("B001 已补打");
        assertThat(run("ticket", "reprint").out()).contains("no tickets waiting for reprint");
        assertThat(run("ticket", "reprint", "B009").err()).contains("B009 is not waiting for reprint");
        JsonNode nearEnd = run("ticket", "issue", "--line", "A", "--printer", "sim:ticket-test", "--simulate", "paper_near_end", "--json").json();
        assertThat(nearEnd.get("printed").asBoolean()).as("paper near end still prints").isTrue();
        assertThat(nearEnd.get("printWarnings").toString()).contains("paper near end");
    }

    @Test
    void refusalsExitTwoWithTheVisitorsReason() throws Exception {
        now = "2026-11-28T09:30:00+08:00"; // Saturday
        Run r = run("ticket", "issue", "--line", "A", "--printer", "none");
        assertThat(r.exit()).isEqualTo(TicketCommand.REFUSED);
        assertThat(r.out()).contains("closed-today").contains("综合受理今天不办理");
        now = "2026-11-27T09:30:00+08:00";
        assertThat(run("ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none").exit()).isEqualTo(TicketCommand.NOT_PRINTED);
        JsonNode again = run("ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none", "--json").json();
        assertThat(again.get("issued").asBoolean()).isFalse();
        assertThat(again.get("refusal").asText()).isEqualTo("already-waiting");
        assertThat(again.get("message").asText()).contains("A001");
    }

    @Test
    void theCounterCallsServesAndReportsStatus() throws Exception {
        run("ticket", "issue", "--line", "A", "--printer", "none");
        run("ticket", "issue", "--line", "A", "--printer", "none", "--id-card-sim", "elder");
        Run call = run("queue", "call", "--window", "2", "--json");
        assertThat(call.exit()).isZero();
        assertThat(call.json().get("number").asText()).as("the senior first").isEqualTo("A002");
        assertThat(run("queue", "done", "--window", "2").out()).contains("A002 办结");
        assertThat(run("queue", "call", "--window", "2").out()).contains("A001");
        assertThat(run("queue", "transfer", "--window", "2", "--to", "B").out()).contains("A001 转到 B");
        assertThat(run("queue", "call", "--window", "7").out()).contains("A001");
        assertThat(run("queue", "no-show", "--window", "7").out()).contains("A001 过号作废");
        Run empty = run("queue", "call", "--window", "2");
        assertThat(empty.exit()).isEqualTo(4);
        assertThat(empty.err()).contains("nobody is waiting");
        JsonNode status = run("queue", "status", "--json").json();
        assertThat(status.get("serviceDay").asText()).isEqualTo("2026-11-27");
        assertThat(status.get("lines").get(0).get("served").asInt()).isEqualTo(1);
        assertThat(status.get("tickets")).hasSize(2);
        assertThat(status.get("tickets").get(0).get("state").asText()).isEqualTo("void");
        Run wrong = run("queue", "recall", "--window", "3");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("window 3 has no called ticket");
    }

    @Test
    void appointmentsImportReportsProblemsWithLinesAndNeverTheFullIdNumber() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,line,date,from,to,idNumber,name\n"
                + "BK-0001,A,2026-11-27,09:00,09:30,110101199003071137,李四\n"
                + "BK-0002,Z,2026-11-27,9:00,08:30,110101199003071130,王五\n", StandardCharsets.UTF_8);
        Run r = run("appointments", "import", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:3: line 'Z' is not in lines.yaml").contains("bad.csv:3: the slot must end after it starts")
                .contains("bad.csv:3: idNumber 1101**********1130 is not a valid").contains("nothing imported")
                .doesNotContain("110101199003071130");
        assertThat(run("appointments", "list").out()).contains("no bookings");

        Path good = dir.resolve("good.json");
        Files.writeString(good, "[{\"code\":\"BK-0001\",\"line\":\"B\",\"date\":\"2026-11-27\",\"from\":\"09:00\",\"to\":\"09:30\","
                + "\"idNumber\":\"110101199003071137\",\"name\":\"李四\"},"
                + "{\"code\":\"BK-0000\",\"line\":\"B\",\"date\":\"2026-11-20\",\"from\":\"09:00\",\"to\":\"09:30\"}]", StandardCharsets.UTF_8);
        JsonNode counts = run("appointments", "import", good.toString(), "--json").json();
        assertThat(counts.get("added").asInt()).isEqualTo(1);
        assertThat(counts.get("skippedPast").asInt()).isEqualTo(1);
        assertThat(run("appointments", "list").out()).contains("BK-0001  B  09:00-09:30  李*  (ID card)");
    }

    @Test
    void aBadHallTimeIsATypedError() {
        now = "tomorrow";
        Run r = run("queue", "status");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("HALLKIOSK_NOW must look like");
    }
}
