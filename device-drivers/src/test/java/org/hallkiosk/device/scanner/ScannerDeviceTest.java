package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hallkiosk.testkit.pty.PtyPair;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner as a managed device: simulated, and unplugged/replugged on a real PTY. */
class ScannerDeviceTest {

    @TempDir
    Path dir;

    @Test
    void theSimulatedScannerDeliversCodesToASubscriber() throws Exception {
        ScannerDevice device = new ScannerKind().createScanner("sim:scanner", ScannerSettings.defaults(), DeviceContext.standard())
                .orElseThrow();
        try {
            List<ScannerEvent> got = new CopyOnWriteArrayList<>();
            device.subscribe(got::add);
            assertThat(device.check()).isEqualTo(DeviceState.ok());
            device.simulator().orElseThrow().emit("A012");
            await(() -> !got.isEmpty());
            assertThat(got).containsExactly(new ScannerEvent.CodeScanned("A012"));
        } finally {
            device.close();
        }
    }

    @Test
    void anUnpluggedScannerGoesOfflineAndComesBackWhenReplugged() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            ScannerDevice device = new ScannerKind().createScanner(pty.hostSpec(9600), ScannerSettings.defaults(),
                    DeviceContext.standard()).orElseThrow();
            try {
                assertThat(device.check().health()).isEqualTo(Health.OK);
                pty.unplug();
                await(() -> !device.scanner().isListening());
                assertThat(device.check()).isInstanceOfSatisfying(DeviceState.Offline.class,
                        o -> assertThat(o.reason()).contains("disconnected"));

                pty.replug();
                assertThat(device.check().health()).isEqualTo(Health.OK);
                try (ScannerSimulator simulator = new ScannerSimulator()) {
                    simulator.serve(new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=9600")));
                    simulator.emit("ZW2025000456");
                    assertThat(device.scanner().next(Duration.ofSeconds(3)))
                            .contains(new ScannerEvent.CodeScanned("ZW2025000456"));
                }
            } finally {
                device.close();
            }
        }
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
