package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.device.event.Subscription;
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
    void everySubscriberGetsCodesPushedAndNothingIsQueued() throws Exception {
        BlockingQueue<ScannerEvent> first = new LinkedBlockingQueue<>();
        BlockingQueue<ScannerEvent> second = new LinkedBlockingQueue<>();
        Subscription broken = scanner.subscribe(event -> {
            throw new IllegalStateException("a broken screen");
        });
        Subscription a = scanner.subscribe(first::add);
        Subscription b = scanner.subscribe(second::add);
        simulator.emit("A012");

        assertThat(first.poll(2, TimeUnit.SECONDS)).isEqualTo(new ScannerEvent.CodeScanned("A012"));
        assertThat(second.poll(2, TimeUnit.SECONDS)).isEqualTo(new ScannerEvent.CodeScanned("A012"));
        assertThat(scanner.next(Duration.ZERO)).as("a code a subscriber took is not queued as well").isEmpty();

        broken.close();
        a.close();
        simulator.emit("A013");
        assertThat(second.poll(2, TimeUnit.SECONDS)).isEqualTo(new ScannerEvent.CodeScanned("A013"));
        b.close();
        assertThat(scanner.subscriberCount()).isZero();
        simulator.emit("A014");
        assertThat(scanner.next(Duration.ofSeconds(2))).as("with nobody subscribed, codes queue for next()")
                .contains(new ScannerEvent.CodeScanned("A014"));
        assertThat(first).isEmpty();
    }

    @Test
    void codesScannedWhileNobodyAsksAreQueuedUpToALimit() throws Exception {
        int sent = SerialScanner.QUEUE_SIZE + 4;
        for (int i = 0; i < sent; i++) {
            simulator.emit("C" + i);
        }
        awaitAssembled(sent);
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

    private void awaitAssembled(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scanner.eventsAssembled() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + scanner.eventsAssembled() + " of " + count + " codes arrived within 5 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aVanishedScannerIsADisconnect() {
        simulator.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scanner.next(Duration.ofSeconds(1)))
                .isInstanceOf(LinkException.Disconnected.class);
    }
}
