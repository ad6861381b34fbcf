package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallkiosk.device.link.LinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The serial scanner driver against the simulator over an in-process pipe. */
class SerialScannerTest {

    private final ScannerSimulator simulator = new ScannerSimulator();
    private SerialScanner scanner;

    @BeforeEach
    void connect() throws Exception {
        scanner = new SerialScanner(simulator.connectInProcess("sim:scanner"), ScannerSettings.defaults().withMaxCodeBytes(128));
        scanner.open();
    }

    @AfterEach
    void disconnect() {
        scanner.close();
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(ScannerSimulator.Terminator.class)
    void everyEndingGivesTheCodeExactly(ScannerSimulator.Terminator terminator) throws Exception {
        simulator.setTerminator(terminator);
        simulator.emit(ScannerSimulator.DEMO_CODES.get(0));

        assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned(ScannerSimulator.DEMO_CODES.get(0)));
    }

    @Test
    void nothingScannedIsEmptyAfterTheTimeout() throws Exception {
        assertThat(scanner.next(Duration.ofMillis(100))).isEmpty();
    }

    @Test
    void anUnterminatedCodeComesAfterTheIdleGapAndIsNotLostByAShortWait() throws Exception {
        simulator.setTerminator(ScannerSimulator.Terminator.NONE);
        simulator.emit("A012");

        assertThat(scanner.next(Duration.ofMillis(10))).isEmpty();
        assertThat(scanner.next(Duration.ofSeconds(1))).contains(new ScannerEvent.CodeScanned("A012"));
    }

    @Test
    void aSubscriberGetsCodesPushed() throws Exception {
        java.util.concurrent.BlockingQueue<ScannerEvent> got = new java.util.concurrent.LinkedBlockingQueue<>();
        scanner.subscribe(got::add);
        simulator.emit("A012");

        assertThat(got.poll(2, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new ScannerEvent.CodeScanned("A012"));
        assertThat(scanner.next(Duration.ofMillis(50))).isEmpty();
    }

    @Test
    void codesScannedWhileNobodyAsksAreQueuedUpToALimit() throws Exception {
        for (int i = 0; i < SerialScanner.QUEUE_SIZE + 4; i++) {
            simulator.emit("C" + i);
        }
        Thread.sleep(200);
        // the oldest four were dropped; the newest are kept
        assertThat(scanner.next(Duration.ofSeconds(1))).contains(new ScannerEvent.CodeScanned("C4"));
    }

    @Test
    void codesArrivingTogetherComeOneByOne() throws Exception {
        simulator.emitRaw("A012\r\nA013\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(scanner.next(Duration.ofSeconds(1))).contains(new ScannerEvent.CodeScanned("A012"));
        assertThat(scanner.next(Duration.ofSeconds(1))).contains(new ScannerEvent.CodeScanned("A013"));
    }

    @Test
    void anOverlongCodeIsRejectedAndTheScannerCarriesOn() throws Exception {
        simulator.emit("9".repeat(500));
        simulator.emit("A012");

        assertThat(scanner.next(Duration.ofSeconds(1))).hasValueSatisfying(
                e -> assertThat(e).isInstanceOf(ScannerEvent.CodeRejected.class));
        assertThat(scanner.next(Duration.ofSeconds(1))).contains(new ScannerEvent.CodeScanned("A012"));
    }

    @Test
    void aScriptPlaysCodesInOrder() throws Exception {
        simulator.play(ScannerSimulator.DEMO_CODES, Duration.ofMillis(10));
        for (String code : ScannerSimulator.DEMO_CODES) {
            assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned(code));
        }
    }

    @Test
    void aVanishedScannerIsADisconnect() {
        simulator.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scanner.next(Duration.ofSeconds(1)))
                .isInstanceOf(LinkException.Disconnected.class);
    }
}
