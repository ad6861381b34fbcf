package org.hallkiosk.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hallkiosk.kiosk.print.notice.NoticeFont;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.queue.SmallMonth;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.MonthlyFiguresQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly report PDF of the hand-computed small month: every figure of page 1 in its text, the font embedded, no images. */
class MonthlyReportPdfTest {

    static NoticeFont font;

    @TempDir
    Path dir;

    @BeforeAll
    static void font() throws Exception {
        font = NoticeFont.locate(Optional.empty());
    }

    @AfterAll
    static void closeFont() {
        font.close();
    }

    static MonthlyFigures figures(Path dir, String month) {
        try (TestDatabases dbs = new TestDatabases(Backend.SQLITE, dir)) {
            TestDatabases.Place place = dbs.place();
            SmallMonth.play(place);
            Clock at = new TestClock(SmallMonth.reportTime(), QueueFixture.HALL);
            try (QueueDatabase db = place.open()) {
                RatingDesk ratings = new RatingDesk(db, RatingSettings.defaults(), new ServiceDay(java.time.LocalTime.MIDNIGHT, QueueFixture.HALL),
                        at, new ContactSeal(IdentityKey.ephemeral(), new SecureRandom()), new SecureRandom());
                Map<String, String> names = new java.util.LinkedHashMap<>();
                names.put("A", "综合受理");
                names.put("B", "不动产登记");
                return new MonthlyFiguresQuery(db, ratings, names, at).of(YearMonth.parse(month));
            }
        }
    }

    private static byte[] pdf(MonthlyFigures f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReportPdf(font).write(f, "西湖区政务服务中心", QueueFixture.HALL, out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void pageOneCarriesEveryFigureOfTheSmallMonth() throws Exception {
        byte[] bytes = pdf(figures(dir, "2026-11"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            String p1 = text(doc, 1);
            assertThat(p1).contains("西湖区政务服务中心 2026年11月 运行月报");
            // The tiles: label over value, four to a row.
            assertThat(p1).containsSubsequence("取号 issued", "办结 served", "过号 no-shows", "转办 transfers",
                    "4", "3", "1", "1",
                    "平均等候 avg wait (分)", "P90 等候 wait (分)", "平均办理 avg service (分)", "P90 办理 service (分)",
                    "17.5", "25.0", "12.0", "20.0",
                    "评价 ratings", "满意率 satisfaction", "差评 bad ratings", "差评待整改 open",
                    "3", "66.7%", "1", "0");
            assertThat(p1).containsPattern("4\\s+3\\s+1\\s+1\\s*\\n");
            assertThat(p1).containsPattern("17\\.5\\s+25\\.0\\s+12\\.0\\s+20\\.0\\s*\\n");
            assertThat(p1).containsPattern("3\\s+66\\.7%\\s+1\\s+0\\s*\\n");
            assertThat(p1).containsPattern("A 综合受理\\s+3\\s+3\\s+1\\s+1\\s+15\\.0\\s+20\\.0\\s+14\\.0\\s+20\\.0");
            assertThat(p1).containsPattern("B 不动产登记\\s+1\\s+0\\s+0\\s+0\\s+25\\.0\\s+25\\.0\\s+6\\.0\\s+6\\.0");
            assertThat(p1).containsPattern("合计 total\\s+4\\s+3\\s+1\\s+1\\s+17\\.5\\s+25\\.0\\s+12\\.0\\s+20\\.0");
            assertThat(p1).contains("第 1 页 / 共 4 页");
            String p2 = text(doc, 2);
            assertThat(p2).containsPattern("窗口 1\\s+2\\s+2\\s+0\\s+0\\s+20\\.0\\s+11\\.0\\s+12\\.0\\s+2\\s+50\\.0%");
            assertThat(p2).contains("最忙 busiest: 窗口 1").contains("最闲 idlest: 窗口 5");
            assertThat(text(doc, 4)).contains("满意率 66.7%").contains("第 4 页 / 共 4 页");
            assertEmbeddedSubsetAndNoImages(doc);
        }
        assertThat(bytes.length).as("a small report stays small").isLessThan(200_000);
    }

    @Test
    void aMonthWithoutDataSaysSo() throws Exception {
        MonthlyFigures empty = figures(dir, "2026-10");
        try (PDDocument doc = Loader.loadPDF(pdf(empty))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text(doc, 1)).contains("本月没有数据 / No data for this month").contains("2026-10");
            assertEmbeddedSubsetAndNoImages(doc);
        }
    }

    static void assertEmbeddedSubsetAndNoImages(PDDocument doc) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            assertThat(page.getResources().getXObjectNames()).as("vector only: no image on any page").isEmpty();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                assertThat(f).isInstanceOf(PDType0Font.class);
                PDType0Font t0 = (PDType0Font) f;
                assertThat(t0.isEmbedded()).isTrue();
                assertThat(t0.getDescendantFont().getFontDescriptor().getFontFile2()).as("TrueType program embedded").isNotNull();
                fonts.add(f.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+.*"), "a subset's name starts with six capitals and +");
    }
}
