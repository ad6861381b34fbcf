package org.hallkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.device.link.LinkException;
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
import org.hallkiosk.testkit.pty.PtyTcpBridge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network printer: the driver on a {@code tcp:} link to a loopback serial device server (a PTY bridged to a TCP
 * port in this process) whose PTY the simulator serves, the way a device server puts a serial printer on the network.
 */
class PrinterTcpIntegrationTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();

    @TempDir
    Path dir;

    private PtyTcpBridge server;
    private PrinterSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        server = PtyTcpBridge.start(dir.resolve("device"));
        simulator = PrinterSimulator.forSettings(PrinterSettings.defaults(), FONT);
        simulator.attach(new SerialLink(LinkSpec.Serial.of(server.devicePath().toString())));
    }

    @AfterEach
    void stop() {
        simulator.close();
        server.close();
    }

    private EscPosPrinter printer() throws LinkException {
        TcpLink link = new TcpLink((LinkSpec.Tcp) LinkSpec.parse("tcp:127.0.0.1:" + server.port() + "?connect=1000"));
        link.open();
        return new EscPosPrinter(link, new EscPosEncoder(PrinterSettings.defaults(), FONT), Duration.ofSeconds(1));
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
            server.close();
            PrintResult.Failed failed = (PrintResult.Failed) printer.print(Receipt.builder().text("after").build());
            assertThat(failed.reason()).isEqualTo(PrintFailure.DISCONNECTED);
        }
    }
}
