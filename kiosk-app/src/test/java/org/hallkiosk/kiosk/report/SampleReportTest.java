package org.hallkiosk.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hallkiosk.kiosk.print.notice.NoticeFont;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.BusyHallMonth;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.MonthlyFiguresQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample report: a month of a busy hall (seeded, played through the real desks) as PDF, CSV and a PNG of page 1.
 * Written to target/report-sample/; with {@code -Dhallkiosk.sample.docs=DIR} also to DIR (docs/ in the repository).
 */
class SampleReportTest {

    @TempDir
    Path dir;

    @Test
    void aBusyMonthMakesASmallFourPageReport() throws Exception {
        IdentityKey key = IdentityKey.ephemeral();
        MonthlyFigures figures;
        try (TestDatabases dbs = new TestDatabases(Backend.SQLITE, dir)) {
            try (QueueDatabase db = dbs.place().open()) {
                BusyHallMonth.play(db, YearMonth.of(2026, 11), 20261101L, key);
                Clock at = new TestClock(Instant.parse("2026-12-01T01:00:00Z"), BusyHallMonth.HALL);
                RatingDesk ratings = new RatingDesk(db, RatingSettings.defaults(), new ServiceDay(LocalTime.MIDNIGHT, BusyHallMonth.HALL), at,
                        new ContactSeal(key, new SecureRandom()), new SecureRandom());
                figures = new MonthlyFiguresQuery(db, ratings, BusyHallMonth.lineNames(), at).of(YearMonth.of(2026, 11));
            }
        }
        assertThat(figures.totals().issued()).as("a busy hall").isGreaterThan(3000);
        assertThat(figures.windows()).hasSize(10);
        assertThat(figures.ratings().bad()).isPositive();
        Path out = Path.of("target", "report-sample");
        Files.createDirectories(out);
        Path pdf = out.resolve("report-sample.pdf");
        try (NoticeFont font = NoticeFont.locate(Optional.empty()); OutputStream o = Files.newOutputStream(pdf)) {
            assertThat(new MonthlyReportPdf(font).write(figures, "示例市政务服务中心", BusyHallMonth.HALL, o)).isEqualTo(4);
        }
        MonthlyReportCsv.write(figures, out);
        assertThat(Files.size(pdf)).as("PDF size").isLessThan(300_000);
        Path png = out.resolve("report-sample-page1.png");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("综合受理").contains("公积金").contains("忙闲不均").contains("取号热力图").contains("差评原因");
            MonthlyReportPdfTest.assertEmbeddedSubsetAndNoImages(doc);
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(page1, "png", png.toFile());
        }
        String docs = System.getProperty("hallkiosk.sample.docs");
        if (docs != null && !docs.isBlank()) {
            Path target = Path.of(docs);
            Files.copy(pdf, target.resolve("report-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(target.resolve("images"));
            Files.copy(png, target.resolve("images").resolve("report-sample-page1.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
