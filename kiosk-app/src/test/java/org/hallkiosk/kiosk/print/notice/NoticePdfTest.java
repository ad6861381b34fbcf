package org.hallkiosk.kiosk.print.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticePdfTest {

    private static NoticeFont font;
    private static NoticePdf pdf;

    @BeforeAll
    static void parseTheFontOnce() throws NoticeFontException {
        font = NoticeFont.locate(Optional.empty());
        pdf = new NoticePdf(font);
    }

    @AfterAll
    static void closeFont() {
        font.close();
    }

    @Test
    void aShortNoticeIsOneA4PageWithTheFontEmbeddedAsASubsetAndNoPageNumber() throws IOException {
        // 居民身份证换领: two materials, the 户口簿 only when household data must be checked
        NoticePdf.Rendered r = pdf.render(NoticeReceiptTest.notice("99010100GA-GG-0001"));
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.bytes().length).isLessThan(200 * 1024);
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(1);
            PDType0Font f = (PDType0Font) fonts.get(0);
            assertThat(f.isEmbedded()).isTrue();
            // a subset's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei
            assertThat(f.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("一次性告知单", "居民身份证换领", "原居民身份证", "需要核对户籍信息的",
                    "居民身份证工本费（有效期满换领）：20 元/证", "发改价格〔2003〕2322号", "60 个自然日",
                    "打印时间 2026-11-27 09:30");
            assertThat(text).doesNotContain("第 1 页");
        }
    }

    @Test
    void theCompanyNoticeListsEveryElementOfTheItem() throws IOException {
        NoticePdf.Rendered r = pdf.render(NoticeReceiptTest.notice(NoticeReceiptTest.COMPANY));
        Files.createDirectories(Path.of("target/notice-samples"));
        Files.write(Path.of("target/notice-samples/notice.pdf"), r.bytes());
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("公司设立登记", "公司登记（备案）申请书", "★符合此情形才需要：委托代理人办理的",
                    "受理条件", "办理流程", "收费标准与依据", "设定依据", "办理结果", "不收费", "营业执照",
                    "A 综合受理 1-6 号窗口", "咨询 12345");
        }
    }

    @Test
    void aLongNoticeRunsOverPagesWithPageNumbers() throws IOException {
        OneTimeNotice base = NoticeReceiptTest.notice(NoticeReceiptTest.COMPANY);
        ServiceItem item = base.item();
        List<Material> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new Material("第 " + i + " 项证明材料（需加盖单位公章，复印件须注明“与原件一致”并签名）", 1, 2,
                    i % 3 == 0 ? "申请人为外国人或者港澳台居民的" : null, "申请人自备", null, null, null));
        }
        ServiceItem longItem = new ServiceItem(item.code(), item.name(), item.basicCode(), item.implementationCode(),
                item.type(), item.level(), item.departmentId(), item.implementingBody(), item.audiences(), item.themes(),
                item.legalBasis(), item.conditions(), many, item.steps(), item.timeLimits(), item.fees(), item.visits(),
                item.online(), item.venue(), item.phones(), item.outcome(), item.aliases(), item.keywords(), item.summary());
        OneTimeNotice notice = new OneTimeNotice(base.hallName(), base.hallAddress(), longItem, base.departmentName(),
                base.line(), base.place(), base.hours(), base.phones(), base.onlineUrl(), base.printedAt());
        NoticePdf.Rendered r = pdf.render(notice);
        Files.createDirectories(Path.of("target/notice-samples"));
        Files.write(Path.of("target/notice-samples/notice-long.pdf"), r.bytes());
        assertThat(r.pages()).isGreaterThan(1);
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(r.pages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= r.pages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).contains("第 " + p + " 页 / 共 " + r.pages() + " 页");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(r.pages());
            assertThat(stripper.getText(doc)).contains("第 40 项证明材料");
        }
    }

    @Test
    void everyBundledItemRendersWithinTheSizeBudget() {
        for (ServiceItem item : NoticeReceiptTest.CATALOGUE.items()) {
            NoticePdf.Rendered r = pdf.render(OneTimeNotice.of(NoticeReceiptTest.CATALOGUE, item, NoticeReceiptTest.PRINTED));
            assertThat(r.bytes().length).as(item.code()).isLessThan(200 * 1024);
        }
    }

    @Test
    void aFileThatIsNotAFontIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path bogus = Files.writeString(dir.resolve("not-a-font.ttf"), "hello");
        assertThatThrownBy(() -> NoticeFont.load(bogus)).isInstanceOf(NoticeFontException.class)
                .hasMessageContaining(bogus.toString());
        assertThatThrownBy(() -> NoticeFont.locate(Optional.of(dir.resolve("missing.ttc"))))
                .isInstanceOf(NoticeFontException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aLatinOnlyFontIsRefusedSayingWhatToDo(@TempDir Path dir) throws IOException {
        Path latin = latinOnlySubsetOfTheBundledFont(dir.resolve("latin.ttf"));
        assertThatThrownBy(() -> NoticeFont.load(latin)).isInstanceOf(NoticeFontException.class)
                .hasMessageContaining("no Chinese glyphs");
        // a Latin font where the CJK font should be, and nothing else usable
        assertThatThrownBy(() -> NoticeFont.firstUsable(List.of(CjkFontFile.at(latin), CjkFontFile.at(Path.of("/nonexistent/wqy-microhei.ttc")))))
                .isInstanceOf(NoticeFontException.class)
                .hasMessageContaining("notice.font")
                .hasMessageContaining(latin.toString())
                .hasMessageContaining("/nonexistent/wqy-microhei.ttc (missing)");
    }

    @Test
    void theLookupEndsAtTheBundledCopyWhenTheSystemHasNone(@TempDir Path dir) throws Exception {
        Path latin = latinOnlySubsetOfTheBundledFont(dir.resolve("latin.ttf"));
        try (NoticeFont bundled = NoticeFont.firstUsable(List.of(CjkFontFile.at(latin), CjkFontLookup.bundled()))) {
            assertThat(bundled.source().bundled()).isTrue();
            assertThat(bundled.name()).isEqualTo("WenQuanYiMicroHei");
            NoticePdf fromBundled = new NoticePdf(bundled);
            try (PDDocument doc = Loader.loadPDF(fromBundled.render(NoticeReceiptTest.notice("99010100GA-GG-0001")).bytes())) {
                PDFont f = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
                assertThat(f.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
                assertThat(new PDFTextStripper().getText(doc)).contains("一次性告知单");
            }
        }
    }

    /** A real TrueType font without one Chinese glyph: the bundled font cut down to ASCII. */
    private static Path latinOnlySubsetOfTheBundledFont(Path out) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(CjkFontLookup.bundled().open())) {
            TTFSubsetter subsetter = new TTFSubsetter(collection.getFontByName(CjkFontLookup.POSTSCRIPT_NAME),
                    List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "name", "OS/2", "post"));
            for (int c = 0x20; c < 0x7F; c++) {
                subsetter.add(c);
            }
            try (java.io.OutputStream stream = Files.newOutputStream(out)) {
                subsetter.writeToStream(stream);
            }
        }
        return out;
    }
}
