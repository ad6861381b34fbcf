package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.testkit.pty.PtyPair;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader on a real PTY is unplugged (its PTY closed) and plugged back in at the same path. */
class IdCardReaderReplugTest {

    @TempDir
    Path dir;

    @Test
    void anUnpluggedReaderIsOfflineAndComesBackAtTheSamePath() throws Exception {
        try (PtyPair pty = PtyPair.start(dir);
             SamReaderSimulator simulator = new SamReaderSimulator()) {
            simulator.serve(deviceSide(pty));
            // no baud= in the spec: the reader kind must pick 115200 by itself
            IdCardReaderDevice device = new IdCardReaderKind()
                    .createReader("serial:" + pty.hostPath(), SamReaderSettings.defaults(), DeviceContext.standard())
                    .orElseThrow();
            try {
                assertThat(device.spec()).contains("baud=115200");
                assertThat(device.check()).isEqualTo(DeviceState.ok());

                pty.unplug();
                DeviceState unplugged = device.check();
                assertThat(unplugged.health()).isEqualTo(Health.OFFLINE);
                assertThat(unplugged.reason()).contains("读卡器");

                pty.replug();
                simulator.serve(deviceSide(pty));
                simulator.placeCard(SimulatedCards.hkMacaoTaiwan());
                assertThat(device.check()).isEqualTo(DeviceState.ok());
                assertThat(device.reader().isCardPresent()).isTrue();
                assertThat(device.reader().readCard()).isEqualTo(SimulatedCards.hkMacaoTaiwan());
            } finally {
                device.close();
            }
        }
    }

    private static SerialLink deviceSide(PtyPair pty) {
        return new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=115200"));
    }
}
