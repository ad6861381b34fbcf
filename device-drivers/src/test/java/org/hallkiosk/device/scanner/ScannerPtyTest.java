package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.testkit.pty.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The serial scanner on a real PTY pair at the scanners' usual 9600 8N1. */
class ScannerPtyTest {

    @TempDir
    Path dir;

    private PtyPair pty;
    private ScannerSimulator simulator;
    private SerialScanner scanner;

    @BeforeEach
    void start() throws Exception {
        pty = PtyPair.start(dir);
        simulator = new ScannerSimulator();
        simulator.serve(new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=9600")));
        scanner = new SerialScanner(new SerialLink((LinkSpec.Serial) LinkSpec.parse(pty.hostSpec(9600))), ScannerSettings.defaults());
        scanner.open();
    }

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        pty.close();
    }

    @ParameterizedTest
    @EnumSource(ScannerSimulator.Terminator.class)
    void everyEndingOverAPty(ScannerSimulator.Terminator terminator) throws Exception {
        simulator.setTerminator(terminator);
        simulator.emit("ZW2025000456");
        simulator.emit("A012");

        if (terminator == ScannerSimulator.Terminator.NONE) {
            // without terminator and without a pause the two codes are one: that is what the idle gap can tell
            assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned("ZW2025000456A012"));
        } else {
            assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned("ZW2025000456"));
            assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned("A012"));
        }
    }

    @Test
    void idleGapSeparatesUnterminatedCodesSentApart() throws Exception {
        simulator.setTerminator(ScannerSimulator.Terminator.NONE);
        simulator.emit("ZW2025000456");
        // the first code is complete only once the idle gap has passed: wait for it, not for a guessed time
        assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned("ZW2025000456"));
        simulator.emit("A012");

        assertThat(scanner.next(Duration.ofSeconds(2))).contains(new ScannerEvent.CodeScanned("A012"));
    }

    @Test
    void aCodeTricklingInChunksStaysWhole() throws Exception {
        // 3-byte writes 5 ms apart: well inside the 80 ms idle gap even when a loaded machine stalls a thread
        simulator.setChunking(3, Duration.ofMillis(5));
        simulator.setTerminator(ScannerSimulator.Terminator.CRLF);
        simulator.emit(ScannerSimulator.DEMO_CODES.get(0));

        assertThat(scanner.next(Duration.ofSeconds(3))).contains(new ScannerEvent.CodeScanned(ScannerSimulator.DEMO_CODES.get(0)));
    }
}
