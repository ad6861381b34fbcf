package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.device.link.FileLink;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.PipeLink;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver against the simulator over an in-process pipe; the PTY versions are in PrinterPtyIntegrationTest. */
class EscPosPrinterTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private PrinterSimulator simulator;
    private PipeLink.Pair pipe;
    private EscPosPrinter printer;

    @BeforeEach
    void start() {
        simulator = PrinterSimulator.forSettings(PrinterSettings.defaults(), FONT);
        pipe = PipeLink.pair("pipe:printer");
        simulator.attach(pipe.device());
        printer = new EscPosPrinter(pipe.host(), new EscPosEncoder(PrinterSettings.defaults(), FONT), TIMEOUT);
    }

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
    }

    @Test
    void printsWhenReady() throws Exception {
        PrintResult result = printer.print(SampleTicket.receipt());
        assertThat(result).isEqualTo(new PrintResult.Printed(380, java.util.List.of()));
        assertThat(simulator.awaitCuts(1, Duration.ofSeconds(5))).isTrue();
        assertThat(simulator.textLines()).contains("政务服务中心", "A012");
    }

    @Test
    void nearEndPrintsWithAWarning() throws Exception {
        simulator.setCondition(PrinterSimulator.Condition.PAPER_NEAR_END);
        PrintResult result = printer.print(SampleTicket.receipt());
        assertThat(result.printed()).isTrue();
        assertThat(((PrintResult.Printed) result).warnings()).containsExactly(PrintWarning.PAPER_NEAR_END);
        assertThat(simulator.awaitCuts(1, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void paperOutFailsWithoutSendingTheReceipt() {
        simulator.setCondition(PrinterSimulator.Condition.PAPER_OUT);
        PrintResult result = printer.print(SampleTicket.receipt());
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        PrintResult.Failed failed = (PrintResult.Failed) result;
        assertThat(failed.reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(failed.describe()).startsWith("缺纸 / paper out");
        assertThat(simulator.bytesReceived()).isLessThan(20); // status queries only
    }

    @Test
    void coverOpenFails() {
        simulator.setCondition(PrinterSimulator.Condition.COVER_OPEN);
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(SampleTicket.receipt());
        assertThat(failed.reason()).isEqualTo(PrintFailure.COVER_OPEN);
        assertThat(failed.reason().zh()).isEqualTo("纸仓盖打开");
    }

    @Test
    void silentPrinterIsNoAnswer() {
        simulator.setCondition(PrinterSimulator.Condition.OFFLINE);
        long start = System.nanoTime();
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(SampleTicket.receipt());
        assertThat(failed.reason()).isEqualTo(PrintFailure.NO_ANSWER);
        assertThat(printer.readStatus()).isInstanceOf(StatusReading.NoAnswer.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void paperRunningOutDuringPrintFailsAfterwards() {
        // the pre-print check passes, then the roll ends before the post-print check
        PipeLink.Pair tapped = PipeLink.pair("pipe:tapped");
        PrinterSimulator sim = PrinterSimulator.forSettings(PrinterSettings.defaults(), FONT);
        sim.attach(tapped.device());
        int[] queries = {0};
        EscPosPrinter p = new EscPosPrinter(new org.hallkiosk.device.link.ByteLink() {
            @Override public String spec() { return tapped.host().spec(); }
            @Override public void open() throws org.hallkiosk.device.link.LinkException { tapped.host().open(); }
            @Override public boolean isOpen() { return tapped.host().isOpen(); }
            @Override public void write(byte[] data) throws org.hallkiosk.device.link.LinkException {
                if (data.length > 3) {
                    sim.setCondition(PrinterSimulator.Condition.PAPER_OUT);
                }
                queries[0]++;
                tapped.host().write(data);
            }
            @Override public int read(byte[] b, Duration t) throws org.hallkiosk.device.link.LinkException { return tapped.host().read(b, t); }
            @Override public void drain() { }
            @Override public void close() { tapped.host().close(); }
        }, new EscPosEncoder(PrinterSettings.defaults(), FONT), TIMEOUT);
        PrintResult.Failed failed = (PrintResult.Failed) p.print(SampleTicket.receipt());
        assertThat(failed.reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(failed.detail()).contains("may be incomplete");
        p.close();
        sim.close();
    }

    @Test
    void unplugBeforePrintIsDisconnected() {
        pipe.device().unplug();
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(SampleTicket.receipt());
        assertThat(failed.reason()).isEqualTo(PrintFailure.DISCONNECTED);
        assertThat(printer.readStatus()).isInstanceOf(StatusReading.LinkDown.class);
    }

    @Test
    void unprintableContentIsATypedFailure() {
        Receipt tooWide = Receipt.builder().image(new Bitmap(640, 1, new byte[80]), Receipt.Align.LEFT).build();
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(tooWide);
        assertThat(failed.reason()).isEqualTo(PrintFailure.UNPRINTABLE);
        assertThat(simulator.bytesReceived()).isZero();
    }

    @Test
    void writeOnlyLinkPrintsWithStatusUnknown() throws Exception {
        Path lp = dir.resolve("lp0");
        Files.createFile(lp);
        try (EscPosPrinter usb = new EscPosPrinter(new FileLink(new LinkSpec.File(lp)),
                new EscPosEncoder(PrinterSettings.defaults(), FONT), TIMEOUT)) {
            PrintResult result = usb.print(SampleTicket.receipt());
            assertThat(result).isEqualTo(new PrintResult.Printed(380, java.util.List.of(PrintWarning.STATUS_UNKNOWN)));
            assertThat(Files.size(lp)).isEqualTo(380);
            assertThat(usb.readStatus()).isInstanceOf(StatusReading.NotReadable.class);
        }
    }

    @Test
    void staleBytesBeforeAStatusPollAreIgnored() throws Exception {
        pipe.device().write(new byte[] {0x00, 0x7F, (byte) 0xFF}); // noise a printer might have sent earlier
        StatusReading reading = printer.readStatus();
        assertThat(reading).isEqualTo(new StatusReading.Answered(PrinterStatus.READY));
    }

    @Test
    void statusSequencesInsideImageDataDoNotConfuseTheStatusCheck() throws Exception {
        // every row holds 10 04 04: the printer answers each one with a paper-sensor byte (0x1E when near end),
        // which would read as "offline" if taken for the reply to DLE EOT 1
        byte[] rows = new byte[72 * 64];
        for (int i = 0; i + 2 < rows.length; i += 8) {
            rows[i] = 0x10;
            rows[i + 1] = 0x04;
            rows[i + 2] = 0x04;
        }
        simulator.setCondition(PrinterSimulator.Condition.PAPER_NEAR_END);
        PrintResult result = printer.print(Receipt.builder().image(new Bitmap(576, 64, rows), Receipt.Align.LEFT).cut().build());
        assertThat(result).as(result.toString()).isInstanceOf(PrintResult.Printed.class);
        assertThat(((PrintResult.Printed) result).warnings()).containsExactly(PrintWarning.PAPER_NEAR_END);
        assertThat(printer.readStatus()).isEqualTo(new StatusReading.Answered(
                new PrinterStatus(true, false, true, false, false, false, false)));
    }
}
