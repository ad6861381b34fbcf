package org.hallkiosk.testkit.pty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtyTcpBridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void aConnectionCarriesBytesBothWaysAndOneAfterAnother() throws Exception {
        try (PtyTcpBridge bridge = PtyTcpBridge.start(dir.resolve("device"));
             SlaveEnd device = new SlaveEnd(bridge.devicePath())) {
            assertThat(bridge.port()).isPositive();
            for (int round = 0; round < 2; round++) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), bridge.port())) {
                    socket.setSoTimeout((int) WAIT.toMillis());
                    byte[] request = {0x10, 0x04, 0x01, (byte) round, '\r', '\n'};
                    socket.getOutputStream().write(request);
                    assertThat(device.read(request.length, WAIT)).isEqualTo(request);
                    device.write(new byte[] {0x12, (byte) 0xFF});
                    assertThat(socket.getInputStream().readNBytes(2)).containsExactly(0x12, 0xFF);
                }
            }
        }
    }

    @Test
    void closingDropsTheConnectionAndTheLink() throws Exception {
        PtyTcpBridge bridge = PtyTcpBridge.start(dir.resolve("device"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), bridge.port());
             SlaveEnd device = new SlaveEnd(bridge.devicePath())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(1);
            assertThat(device.read(1, WAIT)).containsExactly(1);
            bridge.close();
            InputStream in = socket.getInputStream();
            int end;
            try {
                end = in.read();
            } catch (java.net.SocketException reset) {
                end = -1;
            }
            assertThat(end).isEqualTo(-1);
            assertThat(device.readOnce(new byte[4], WAIT)).as("the PTY hung up").isEqualTo(-1);
        }
        assertThat(Files.exists(dir.resolve("device"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        bridge.close();
    }
}
