package org.hallkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.device.link.TcpLink;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network printer: the driver on a {@code tcp:} link to socat listening on loopback, which bridges to a PTY
 * served by the simulator (the way a serial device server puts a printer on the network).
 */
class PrinterTcpIntegrationTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();

    @TempDir
    Path dir;

    private Process socat;
    private PrinterSimulator simulator;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path device = dir.resolve("device");
        socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + device,
                "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(device) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(device).exists();
        simulator = PrinterSimulator.forSettings(PrinterSettings.defaults(), FONT);
        simulator.attach(new SerialLink(LinkSpec.Serial.of(device.toString())));
    }

    @AfterEach
    void stop() throws Exception {
        simulator.close();
        socat.destroy();
        if (!socat.waitFor(3, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
    }

    private EscPosPrinter printer() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // socat may not be listening yet right after the PTY appeared
        while (true) {
            TcpLink link = new TcpLink((LinkSpec.Tcp) LinkSpec.parse("tcp:127.0.0.1:" + port + "?connect=1000"));
            try {
                link.open();
                return new EscPosPrinter(link, new EscPosEncoder(PrinterSettings.defaults(), FONT), Duration.ofSeconds(1));
            } catch (org.hallkiosk.device.link.LinkException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("socat never listened on " + port, e);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException(ie);
                }
            }
        }
    }

    @Test
    void printsAndReadsStatusOverTcp() throws Exception {
        try (EscPosPrinter printer = printer()) {
            PrintResult result = printer.print(Receipt.builder().heading("政务服务中心", 2, Receipt.Align.CENTER)
                    .qr("https://zwfw.example.gov.cn/", 4, Receipt.QrErrorCorrection.M, Receipt.Align.CENTER).cut().build());
            assertThat(result.printed()).as(result.toString()).isTrue();
            assertThat(simulator.awaitCuts(1, Duration.ofSeconds(10))).isTrue();
            assertThat(simulator.textLines()).containsExactly("政务服务中心");

            simulator.setCondition(PrinterSimulator.Condition.COVER_OPEN);
            PrintResult.Failed failed = (PrintResult.Failed) printer.print(Receipt.builder().text("x").build());
            assertThat(failed.reason()).isEqualTo(PrintFailure.COVER_OPEN);
        }
    }

    @Test
    void droppedConnectionIsADisconnect() throws Exception {
        try (EscPosPrinter printer = printer()) {
            assertThat(printer.print(Receipt.builder().text("ok").build()).printed()).isTrue();
            socat.destroy();
            socat.waitFor(3, TimeUnit.SECONDS);
            PrintResult.Failed failed = (PrintResult.Failed) printer.print(Receipt.builder().text("after").build());
            assertThat(failed.reason()).isEqualTo(PrintFailure.DISCONNECTED);
        }
    }
}
