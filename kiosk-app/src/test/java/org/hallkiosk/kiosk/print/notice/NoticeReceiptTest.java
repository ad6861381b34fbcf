package org.hallkiosk.kiosk.print.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.device.link.PipeLink;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PaperWidth;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterProfile;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeReceiptTest {

    static final Catalogue CATALOGUE = CatalogueLoader.bundled();
    static final LocalDateTime PRINTED = LocalDateTime.of(2026, 11, 27, 9, 30);
    /** 公司设立登记: five materials, one of them only for an agent (委托代理人办理的). */
    static final String COMPANY = "99010100SJ-XK-0001";

    static OneTimeNotice notice(String code) {
        ServiceItem item = CATALOGUE.item(code).orElseThrow();
        return OneTimeNotice.of(CATALOGUE, item, PRINTED);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void everyLineFitsThePaperSoTheEncoderNeverRewrapsIt(PaperWidth paper) {
        PrinterSettings settings = new PrinterSettings(PrinterProfile.GENERIC, paper, 0);
        for (ServiceItem item : CATALOGUE.items()) {
            Receipt receipt = new NoticeReceipt(settings).layout(OneTimeNotice.of(CATALOGUE, item, PRINTED));
            for (Receipt.Block b : receipt.blocks()) {
                if (b instanceof Receipt.Text t) {
                    assertThat(NoticeReceipt.width(t.text()) * t.width())
                            .as("%s on %s: %s", item.code(), paper, t.text())
                            .isLessThanOrEqualTo(settings.columns());
                }
            }
            assertThat(receipt.blocks().get(receipt.blocks().size() - 1)).isInstanceOf(Receipt.Cut.class);
        }
    }

    @Test
    void theNoticeHasTheChecklistTimeLimitsFeesWindowsQrAndPrintTime() {
        Receipt receipt = new NoticeReceipt(PrinterSettings.defaults()).layout(notice(COMPANY));
        List<String> text = receipt.blocks().stream().filter(Receipt.Text.class::isInstance)
                .map(b -> ((Receipt.Text) b).text()).toList();
        assertThat(text).contains("示例区政务服务中心", "一次性告知单", "公司设立登记",
                "承诺时限：1 个工作日", "法定时限：3 个工作日", "收　　费：不收费", "到现场：最多跑一次",
                "打印时间：2026-11-27 09:30");
        assertThat(text).anyMatch(l -> l.startsWith("[ ] 1. 公司登记（备案）申请书"));
        assertThat(text).anyMatch(l -> l.startsWith("[ ] 5. 授权委托书及代理人身份证明"));
        assertThat(text).anyMatch(l -> l.contains("★符合此情形才需要：委托代理人办理的"));
        assertThat(text).anyMatch(l -> l.startsWith("取号窗口：A 综合受理 1-6 号窗口"));
        assertThat(text).anyMatch(l -> l.startsWith("咨询电话："));
        assertThat(receipt.blocks()).filteredOn(Receipt.QrCode.class::isInstance)
                .extracting(b -> ((Receipt.QrCode) b).payload())
                .containsExactly("https://zwfw.example.org/guide?code=99010100SJ-XK-0001");
        assertThat(text.stream().filter(l -> l.startsWith("[ ]"))).hasSize(5);
    }

    @Test
    void continuationLinesHangUnderTheTextNotUnderTheBox() {
        List<String> lines = NoticeReceipt.hanging("[ ]12", "一二三四五六七八九十一二三四五六七八九十", 4, 20);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines.get(0)).startsWith("[ ]12一二三四五六七");
        assertThat(lines.get(1)).startsWith("\u3000\u3000").doesNotStartWith("\u3000\u3000\u3000");
        lines.forEach(l -> assertThat(NoticeReceipt.width(l)).isLessThanOrEqualTo(20));
    }

    @Test
    void aLineNeverStartsWithClosingPunctuation() {
        // 9 characters fill 18 columns exactly; the comma would open the second line
        List<String> lines = NoticeReceipt.hanging("", "一二三四五六七八九，十", 0, 18);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("九，十");
    }

    @Test
    void thePrinterSimulatorPrintsTheNoticeAndRendersItToPng(@TempDir Path dir) throws Exception {
        ReceiptFont font = ReceiptFont.locate();
        PrinterSettings settings = PrinterSettings.defaults();
        try (PrinterSimulator sim = PrinterSimulator.forSettings(settings, font)) {
            sim.writeReceiptsTo(dir);
            PipeLink.Pair pipe = PipeLink.pair("pipe:notice");
            sim.attach(pipe.device());
            try (EscPosPrinter printer = new EscPosPrinter(pipe.host(), new EscPosEncoder(settings, font), Duration.ofSeconds(3))) {
                PrintResult result = printer.print(new NoticeReceipt(settings).layout(notice(COMPANY)));
                assertThat(result.printed()).as(result.toString()).isTrue();
                assertThat(sim.awaitCuts(1, Duration.ofSeconds(5))).isTrue();
            }
            assertThat(sim.textLines()).contains("公司设立登记", "一次性告知单");
            assertThat(sim.qrPayloads()).containsExactly("https://zwfw.example.org/guide?code=99010100SJ-XK-0001");
            assertThat(sim.rasterImages()).as("all text in the printer's own font").isZero();
            assertThat(sim.lastReceiptPng()).isPresent();
            sim.writePaperPng(Path.of("target/notice-samples/receipt-80mm.png"));
        }
    }
}
