package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheA4NoticeAsPdf() throws Exception {
        Path pdf = dir.resolve("out/notice.pdf");
        CliRun r = CliRun.run(dir, "notice", "--item", "99010100GA-GG-0001", "--pdf", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + pdf).contains("1 page").contains("居民身份证换领");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("一次性告知单", "居民身份证换领", "原居民身份证");
        }
    }

    @Test
    void rendersTheReceiptForTheConfiguredPaper() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.yaml"), "devices:\n  paperWidthMm: 58\n");
        Path png = dir.resolve("notice.png");
        CliRun r = CliRun.run(dir, "--config", config.toString(), "notice", "--item", "99010100SJ-XK-0001",
                "--receipt-png", png.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("58 mm paper");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(384);
        assertThat(image.getHeight()).isGreaterThan(600);
    }

    @Test
    void anUnknownItemOrNothingToMakeFailsWithOneLine() {
        CliRun unknown = CliRun.run(dir, "notice", "--item", "NOPE", "--pdf", dir.resolve("x.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no item with code 'NOPE'").contains("kioskctl content search");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();

        CliRun nothing = CliRun.run(dir, "notice", "--item", "99010100GA-GG-0001");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("--pdf FILE, --a4 or --receipt-png FILE");

        CliRun noPrinter = CliRun.run(dir, "notice", "--item", "99010100GA-GG-0001", "--a4");
        assertThat(noPrinter.exit()).isEqualTo(1);
        assertThat(noPrinter.err()).contains("notice.a4Printer");
    }

    @Test
    void aConfiguredFontThatIsMissingIsNamed() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.yaml"), "notice:\n  font: /nonexistent/font.ttc\n");
        CliRun r = CliRun.run(dir, "--config", config.toString(), "notice", "--item", "99010100GA-GG-0001",
                "--pdf", dir.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("/nonexistent/font.ttc").doesNotContain("Exception");
    }

    @Test
    void hasHelpIncludingTheBenchmark() {
        assertThat(CliRun.run(dir, "notice", "--help").out()).contains("Usage: kioskctl notice").contains("--pdf");
        assertThat(CliRun.run(dir, "notice", "bench", "--help").out()).contains("Usage: kioskctl notice bench");
    }
}
