package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.TestReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesCommandTest {

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void testPrintOnTheSimulatorSucceedsAndSavesTheReceipt() throws Exception {
        Path png = dir.resolve("test.png");
        CliRun r = run("devices", "test-print", "--link", "sim:printer", "--png", png.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("打印成功 / printed:").contains("联机 online, 纸正常 paper ok");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getHeight()).isGreaterThan(400);
    }

    @Test
    void testPrintNamesTheCauseWhenThePrinterCannotPrint() {
        CliRun paperOut = run("devices", "test-print", "--link", "sim:printer", "--simulate", "paper_out");
        assertThat(paperOut.exit()).isEqualTo(1);
        assertThat(paperOut.err()).contains("缺纸 / paper out").doesNotContain("Exception");
        CliRun cover = run("devices", "test-print", "--link", "sim:printer", "--simulate", "cover_open");
        assertThat(cover.exit()).isEqualTo(1);
        assertThat(cover.err()).contains("纸仓盖打开 / cover open");
        CliRun silent = run("devices", "test-print", "--link", "sim:printer", "--simulate", "offline");
        assertThat(silent.exit()).isEqualTo(1);
        assertThat(silent.err()).contains("no answer");
        CliRun nearEnd = run("devices", "test-print", "--link", "sim:printer", "--simulate", "paper_near_end");
        assertThat(nearEnd.exit()).isZero();
        assertThat(nearEnd.out()).contains("paper near end");
    }

    @Test
    void badLinkSpecIsOneClearLine() {
        CliRun r = run("devices", "test-print", "--link", "serial:/dev/ttyUSB0?baud=fast");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("kioskctl: bad link spec 'serial:/dev/ttyUSB0?baud=fast': baud 'fast' is not a whole number");
        CliRun missing = run("devices", "test-print", "--link", "serial:" + dir.resolve("ttyUSB9"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("打印机连接断开 / printer disconnected").contains("does not exist");
    }

    @Test
    void testPrintToAFileWritesTheBytesAndRenderTurnsThemIntoAPng() throws Exception {
        Path capture = dir.resolve("capture.bin");
        Files.createFile(capture);
        CliRun print = run("devices", "test-print", "--link", "file:" + capture);
        assertThat(print.exit()).as(print.err()).isZero();
        assertThat(print.out()).contains("无法读取打印机状态 / printer status cannot be read");
        assertThat(Files.size(capture)).isGreaterThan(200);

        Path png = dir.resolve("capture.png");
        CliRun render = run("devices", "render", "--in", capture.toString(), "--out", png.toString());
        assertThat(render.exit()).as(render.err()).isZero();
        assertThat(render.out()).contains("1 QR codes").contains("1 cuts").contains("(576x");
        assertThat(ImageIO.read(png.toFile()).getHeight()).isGreaterThan(400);
    }

    @Test
    void renderOnNarrowPaper() throws Exception {
        PrinterSettings narrow = new PrinterSettings(org.hallkiosk.device.printer.PrinterProfile.GENERIC,
                org.hallkiosk.device.printer.PaperWidth.MM58, 0);
        Path bin = Files.write(dir.resolve("t.bin"), new EscPosEncoder(narrow, ReceiptFont.locate())
                .encode(TestReceipt.create("x", narrow, LocalDateTime.of(2026, 1, 1, 0, 0))));
        CliRun r = run("devices", "render", "--in", bin.toString(), "--out", dir.resolve("t.png").toString(), "--paper", "58");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(384x");
        CliRun missing = run("devices", "render", "--in", dir.resolve("nope.bin").toString(), "--out", dir.resolve("x.png").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot read");
    }

    @Test
    void statusShowsEachConfiguredDevice() throws Exception {
        CliRun table = run("devices", "status");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).containsPattern("printer\\s+OK\\s+sim:printer");
        CliRun json = run("devices", "status", "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"worst\" : \"OK\"").contains("\"name\" : \"printer\"").contains("\"health\" : \"OK\"");
    }

    @Test
    void statusExitsNonZeroWhenThePrinterIsGone() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.yaml"),
                "devices:\n  printer: \"serial:" + dir.resolve("ttyUSB7") + "?baud=9600\"\n");
        CliRun r = run("devices", "status", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("printer\\s+OFFLINE").contains("does not exist");
        assertThat(r.err()).contains("a device is offline");
    }

    @Test
    void listShowsConfiguredDevicesAndProfiles() {
        CliRun r = run("devices", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("printer  sim:printer").contains("Serial ports present").contains("microcom-814m");
    }

    @Test
    void everyDevicesSubcommandHasHelp() {
        for (String sub : new String[] {"list", "status", "test-print", "render"}) {
            CliRun r = run("devices", sub, "--help");
            assertThat(r.exit()).as(sub).isZero();
            assertThat(r.out()).contains("Usage: kioskctl devices " + sub);
        }
    }
}
