package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl report monthly} on the kiosk's own queue.db. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        Map<String, String> env = CliRun.environment(dir);
        env.put("HALLKIOSK_NOW", "2026-11-27T10:00:00+08:00");
        return CliRun.run(env, args);
    }

    @Test
    void aMonthOfTheKiosksQueueAsPdfAndCsv() throws Exception {
        run("ticket", "issue", "--line", "A", "--printer", "none");
        run("queue", "call", "--window", "1");
        run("queue", "done", "--window", "1");
        run("rating", "submit", "--ticket", "A001", "--level", "3");
        Path pdf = dir.resolve("out/report.pdf");
        CliRun r = run("report", "monthly", "--month", "2026-11", "--pdf", pdf.toString(), "--csv", dir.resolve("csv").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 page(s)").contains("lines.csv");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            assertThat(s.getText(doc)).contains("2026年11月 运行月报").contains("100.0%");
        }
        String lines = Files.readString(dir.resolve("csv/lines.csv"));
        assertThat(lines).startsWith("\uFEFFline,name,issued").contains("\r\nA,");
        assertThat(Files.readString(dir.resolve("csv/ratings.csv"))).contains("level,3,基本满意,1");
    }

    @Test
    void anEmptyMonthAndABadMonthArgument() throws Exception {
        Path pdf = dir.resolve("empty.pdf");
        CliRun r = run("report", "monthly", "--month", "2026-01", "--pdf", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("no data for 2026-01");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("本月没有数据");
        }
        assertThat(run("report", "monthly", "--month", "11/2026", "--pdf", pdf.toString()).err()).contains("--month must be YYYY-MM");
    }
}
