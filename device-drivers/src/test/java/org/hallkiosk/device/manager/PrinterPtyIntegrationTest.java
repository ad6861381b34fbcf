package org.hallkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.testkit.pty.PtyPair;
import org.hallkiosk.device.printer.Bitmap;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.TestReceipt;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printer driver against the simulator across a real PTY pair, and the manager across an unplug. */
class PrinterPtyIntegrationTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();
    private static final PrinterSettings SETTINGS = PrinterSettings.defaults();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private PtyPair pty;
    private PrinterSimulator simulator;
    private EscPosPrinter printer;

    @BeforeEach
    void start() throws Exception {
        pty = PtyPair.start(dir.resolve("pty"));
        simulator = PrinterSimulator.forSettings(SETTINGS, FONT);
        simulator.writeReceiptsTo(dir.resolve("receipts"));
        simulator.attach(new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=115200")));
        printer = new EscPosPrinter(new SerialLink((LinkSpec.Serial) LinkSpec.parse(pty.hostSpec(115200))),
                new EscPosEncoder(SETTINGS, FONT), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
        pty.close();
    }

    @Test
    void printsOverAPtyAndTheSimulatorWritesThePng() throws Exception {
        Receipt receipt = TestReceipt.create(pty.hostSpec(115200), SETTINGS, java.time.LocalDateTime.of(2026, 11, 28, 9, 0));
        PrintResult result = printer.print(receipt);
        assertThat(result.printed()).as(result.toString()).isTrue();
        assertThat(simulator.awaitCuts(1, WAIT)).isTrue();
        assertThat(simulator.textLines()).contains("政务服务中心");
        assertThat(simulator.qrPayloads()).containsExactly("HALLKIOSK-TEST 2026-11-28 09:00:00");
        Path png = simulator.lastReceiptPng().orElseThrow();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(576);
        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                black += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        assertThat(black).isGreaterThan(10_000);
    }

    @Test
    void paperOutFailsWithThatReason() {
        simulator.setCondition(PrinterSimulator.Condition.PAPER_OUT);
        PrintResult result = printer.print(Receipt.builder().text("政务服务中心").cut().build());
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        assertThat(((PrintResult.Failed) result).reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(simulator.cuts()).isZero();
    }

    @Test
    void silentPrinterOnAPtyIsNoAnswer() {
        simulator.setCondition(PrinterSimulator.Condition.OFFLINE);
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(Receipt.builder().text("x").build());
        assertThat(failed.reason()).isEqualTo(PrintFailure.NO_ANSWER);
    }

    @Test
    void unpluggingMidPrintIsADisconnect() throws Exception {
        // a slow line (20 kB/s) and a 140 kB picture: the print is still going when the cable is pulled
        simulator.setLineSpeed(20_000);
        Bitmap picture = new Bitmap(576, 2000, new byte[72 * 2000]);
        Receipt big = Receipt.builder().text("政务服务中心").image(picture, Receipt.Align.LEFT).cut().build();
        CompletableFuture<PrintResult> printing = CompletableFuture.supplyAsync(() -> printer.print(big));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (simulator.bytesReceived() < 8_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(printing).isNotDone();
        pty.unplug();
        PrintResult result = printing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        PrintResult.Failed failed = (PrintResult.Failed) result;
        assertThat(failed.reason()).as(failed.detail()).isEqualTo(PrintFailure.DISCONNECTED);
        assertThat(simulator.cuts()).isZero();
    }

    @Test
    void managerReopensThePrinterWhenANewPtyAppearsAtTheSameSymlink() throws Exception {
        printer.close();
        DeviceSettings.Printer printerSettings = new DeviceSettings.Printer(pty.hostSpec(115200), "generic", 80, 0,
                Duration.ofMillis(500), java.util.Optional.empty(), java.util.Optional.empty());
        DeviceSettings settings = new DeviceSettings(printerSettings, "", "", "", Duration.ofMillis(200),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)));
        try (DeviceManager manager = DeviceManager.create(settings, DeviceContext.standard(), DeviceKinds.ALL)) {
            EventLog log = new EventLog();
            manager.addListener(log);
            manager.start();
            log.await(0, EventLog.health("printer", Health.OK), WAIT, "printer OK");

            int mark = log.size();
            pty.unplug();
            DeviceEvent lost = log.await(mark, EventLog.health("printer", Health.OFFLINE), WAIT, "unplugged");
            assertThat(lost.current().reason()).contains("disconnected");

            mark = log.size();
            pty.replug();
            log.await(mark, EventLog.health("printer", Health.OK), WAIT, "replugged");

            PrinterDevice device = manager.device("printer", PrinterDevice.class).orElseThrow();
            int cutsBefore = simulator.cuts();
            PrintResult again = device.print(Receipt.builder().text("重新连接后打印 / printed after replug").cut().build());
            assertThat(again.printed()).as(again.toString()).isTrue();
            assertThat(simulator.awaitCuts(cutsBefore + 1, WAIT)).isTrue();
        }
    }
}
