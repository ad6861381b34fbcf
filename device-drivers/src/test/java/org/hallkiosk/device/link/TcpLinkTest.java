package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TcpLinkTest {

    @Test
    void talksToALoopbackServerAndSeesItClose() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TcpLink link = new TcpLink((LinkSpec.Tcp) LinkSpec.parse("tcp:127.0.0.1:" + server.getLocalPort() + "?connect=2000"));
            link.open();
            try (Socket peer = server.accept()) {
                link.write(new byte[] {0x10, 0x04, 0x01});
                InputStream in = peer.getInputStream();
                assertThat(in.readNBytes(3)).containsExactly(0x10, 0x04, 0x01);
                assertThat(link.read(new byte[4], Duration.ofMillis(50))).isZero();
                peer.getOutputStream().write(0x12);
                byte[] reply = new byte[4];
                assertThat(link.read(reply, Duration.ofSeconds(2))).isEqualTo(1);
                assertThat(reply[0]).isEqualTo((byte) 0x12);
            }
            assertThatThrownBy(() -> link.read(new byte[4], Duration.ofSeconds(2))).isInstanceOf(LinkException.Disconnected.class);
            assertThat(link.isOpen()).isFalse();
            link.close();
        }
    }

    @Test
    void refusedConnectionIsADisconnect() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        TcpLink link = new TcpLink((LinkSpec.Tcp) LinkSpec.parse("tcp:127.0.0.1:" + port + "?connect=500"));
        assertThatThrownBy(link::open).isInstanceOf(LinkException.Disconnected.class).hasMessageContaining("cannot connect");
    }
}
