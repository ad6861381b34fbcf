package org.hallkiosk.device.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.hallkiosk.device.link.PipeLink;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.TestReceipt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinterSimulatorTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();
    private static final PrinterSettings SETTINGS = PrinterSettings.defaults();

    @TempDir
    Path dir;

    private static byte[] encode(Receipt receipt) {
        return new EscPosEncoder(SETTINGS, FONT).encode(receipt);
    }

    static long blackDots(BufferedImage image) {
        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    black++;
                }
            }
        }
        return black;
    }

    @Test
    void interpretsTheTestReceipt() throws Exception {
        Receipt receipt = TestReceipt.create("sim:printer", SETTINGS, LocalDateTime.of(2026, 11, 28, 9, 15));
        PrinterSimulator sim = PrinterSimulator.forSettings(SETTINGS, FONT);
        sim.writeReceiptsTo(dir);
        sim.accept(encode(receipt));
        assertThat(sim.textLines()).contains("政务服务中心", "中文字号 2x1", "如能看清以上内容，打印机工作正常");
        assertThat(sim.qrPayloads()).containsExactly("HALLKIOSK-TEST 2026-11-28 09:15:00");
        assertThat(sim.barcodes()).containsExactly("HK-TEST");
        assertThat(sim.cuts()).isEqualTo(1);
        assertThat(sim.warnings()).isEmpty();
        Path png = sim.lastReceiptPng().orElseThrow();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getHeight()).isGreaterThan(400);
        assertThat(blackDots(image)).isGreaterThan(10_000);
    }

    @Test
    void byteAtATimeGivesTheSameResultAsAllAtOnce() {
        byte[] bytes = encode(TestReceipt.create("x", SETTINGS, LocalDateTime.of(2026, 1, 1, 0, 0)));
        PrinterSimulator whole = PrinterSimulator.forSettings(SETTINGS, FONT);
        whole.accept(bytes);
        PrinterSimulator trickle = PrinterSimulator.forSettings(SETTINGS, FONT);
        for (byte b : bytes) {
            trickle.accept(new byte[] {b});
        }
        assertThat(trickle.textLines()).isEqualTo(whole.textLines());
        assertThat(trickle.qrPayloads()).isEqualTo(whole.qrPayloads());
        BufferedImage a = whole.paperImage();
        BufferedImage b = trickle.paperImage();
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        assertThat(blackDots(b)).isEqualTo(blackDots(a));
    }

    @Test
    void referenceQrStreamPrintsItsPayload() {
        byte[] e4 = HexFormat.of().parseHex("1B401B61011D286B040031413200" + "1D286B03003143061D286B0300314531"
                + "1D286B07003150304130313" + "2" + "1D286B03003151300A");
        BufferedImage image = PrinterSimulator.render(e4, 576, FONT);
        PrinterSimulator sim = new PrinterSimulator(576, FONT);
        sim.accept(e4);
        assertThat(sim.qrPayloads()).containsExactly("A012");
        // version 1 (21 modules) at 6 dots: 126 rows of symbol plus the LF
        assertThat(image.getHeight()).isEqualTo(126 + 30);
        assertThat(blackDots(image)).isGreaterThan(0);
        // centred: the first black dot is at (576 - 126) / 2
        int firstBlack = -1;
        for (int x = 0; x < image.getWidth() && firstBlack < 0; x++) {
            if ((image.getRGB(x, 0) & 0xFFFFFF) == 0) {
                firstBlack = x;
            }
        }
        assertThat(firstBlack).isEqualTo(225);
    }

    @Test
    void rasterFallbackLineIsDrawn() {
        PrinterSimulator sim = new PrinterSimulator(576, FONT);
        sim.accept(encode(Receipt.builder().text("王\u9FA6").build()));
        assertThat(sim.rasterImages()).isEqualTo(1);
        assertThat(blackDots(sim.paperImage())).isGreaterThan(50);
    }

    @Test
    void answersStatusByConditionAndStaysSilentWhenOffline() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:printer");
        try (PrinterSimulator sim = new PrinterSimulator(576, FONT)) {
            sim.attach(pair.device());
            byte[] reply = new byte[4];
            pair.host().write(new byte[] {0x10, 0x04, 0x04});
            assertThat(pair.host().read(reply, Duration.ofSeconds(2))).isEqualTo(1);
            assertThat(reply[0]).isEqualTo((byte) 0x12);

            sim.setCondition(PrinterSimulator.Condition.PAPER_OUT);
            pair.host().write(new byte[] {0x10, 0x04, 0x04});
            assertThat(pair.host().read(reply, Duration.ofSeconds(2))).isEqualTo(1);
            assertThat(reply[0]).isEqualTo((byte) 0x7E); // end and near-end sensors both dark

            sim.setCondition(PrinterSimulator.Condition.COVER_OPEN);
            pair.host().write(new byte[] {0x10, 0x04, 0x02});
            assertThat(pair.host().read(reply, Duration.ofSeconds(2))).isEqualTo(1);
            assertThat(reply[0]).isEqualTo((byte) 0x16);

            sim.setCondition(PrinterSimulator.Condition.OFFLINE);
            pair.host().write(new byte[] {0x10, 0x04, 0x01});
            assertThat(pair.host().read(reply, Duration.ofMillis(300))).isZero();
        }
    }

    @Test
    void paperOutPrintsNothing() {
        PrinterSimulator sim = new PrinterSimulator(576, FONT);
        sim.setCondition(PrinterSimulator.Condition.PAPER_OUT);
        sim.accept(encode(Receipt.builder().text("政务").cut().build()));
        assertThat(sim.textLines()).isEmpty();
        assertThat(sim.cuts()).isZero();
        assertThat(sim.droppedBytes()).isPositive();
    }

    @Test
    void garbageAndUnknownCommandsNeverThrow() {
        PrinterSimulator sim = new PrinterSimulator(384, FONT);
        java.util.Random random = new java.util.Random(42);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        sim.accept(noise);
        sim.finish();
        assertThat(sim.paperImage().getWidth()).isEqualTo(384);
        assertThat(sim.bytesReceived()).isEqualTo(20_000);
    }

    @Test
    void savesTheWholeRollAsPng() throws Exception {
        PrinterSimulator sim = new PrinterSimulator(576, FONT);
        sim.accept(encode(Receipt.builder().heading("政务服务中心", 3, Receipt.Align.CENTER).cut().build()));
        Path png = dir.resolve("roll.png");
        sim.writePaperPng(png);
        assertThat(Files.size(png)).isPositive();
        assertThat(blackDots(ImageIO.read(png.toFile()))).isGreaterThan(1000);
    }

    @Property(tries = 300)
    void anyBytesAreInterpretedWithoutAnException(@ForAll @Size(max = 300) byte[] bytes) {
        PrinterSimulator sim = new PrinterSimulator(384, FONT);
        sim.accept(bytes);
        sim.finish();
        assertThat(sim.bytesReceived()).isEqualTo(bytes.length);
        assertThat(sim.paperImage().getWidth()).isEqualTo(384);
    }

    @Test
    void anAbsurdRasterSizeIsSkippedNotOverflowed() {
        PrinterSimulator sim = new PrinterSimulator(384, FONT);
        // GS v 0 with 65280 bytes x 65280 rows: the size overflows an int; jqwik found it.
        sim.accept(new byte[] {29, 118, 48, 0, 0, -1, 0, -1, 'A', 10});
        sim.finish();
        assertThat(sim.rasterImages()).isZero();
        assertThat(sim.bytesReceived()).isEqualTo(10);
    }
}
