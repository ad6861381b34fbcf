package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.testkit.pty.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SerialLink over a real PTY pair. */
class SerialLinkPtyTest {

    @TempDir
    Path dir;

    private PtyPair pty;
    private SerialLink host;
    private SerialLink device;

    @BeforeEach
    void start() throws Exception {
        pty = PtyPair.start(dir);
        host = new SerialLink((LinkSpec.Serial) LinkSpec.parse(pty.hostSpec(115200)));
        device = new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=115200"));
        host.open();
        device.open();
    }

    @AfterEach
    void stop() {
        host.close();
        device.close();
        pty.close();
    }

    @Test
    void bytesCrossThePtyBothWays() throws Exception {
        byte[] sent = "政务服务中心\n".getBytes(StandardCharsets.UTF_8);
        host.write(sent);
        host.drain();
        assertThat(readExactly(device, sent.length)).isEqualTo(sent);
        device.write(new byte[] {0x12});
        assertThat(readExactly(host, 1)).containsExactly(0x12);
    }

    @Test
    void allByteValuesPassUntouched() throws Exception {
        // raw mode matters: 0x0D, 0x11/0x13 (XON/XOFF) and 0x7F must not be translated
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        host.write(all);
        assertThat(readExactly(device, 256)).isEqualTo(all);
    }

    @Test
    void readTimesOutWithZeroWhenNothingArrives() throws Exception {
        long start = System.nanoTime();
        assertThat(host.read(new byte[8], Duration.ofMillis(100))).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
        assertThat(host.read(new byte[8], Duration.ZERO)).isZero();
    }

    @Test
    void unplugIsADisconnectOnReadAndOnWrite() throws Exception {
        pty.unplug();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                host.read(new byte[8], Duration.ofMillis(100));
            }
        }).isInstanceOf(LinkException.Disconnected.class);
        assertThat(host.isOpen()).isFalse();
        assertThatThrownBy(() -> device.write(new byte[] {1, 2, 3})).isInstanceOf(LinkException.Disconnected.class);
        assertThat(device.isOpen()).isFalse();
    }

    @Test
    void reopensAtTheSameSymlinkAfterReplug() throws Exception {
        pty.unplug();
        assertThatThrownBy(() -> host.read(new byte[8], Duration.ofMillis(500))).isInstanceOf(LinkException.Disconnected.class);
        assertThatThrownBy(host::open).isInstanceOf(LinkException.Disconnected.class).hasMessageContaining("does not exist");
        pty.replug();
        device.close();
        host.open();
        device.open();
        host.write(new byte[] {42});
        assertThat(readExactly(device, 1)).containsExactly(42);
    }

    @Test
    void dtrFlowControlWaitsForDsrAndGivesUpWithAClearMessage() throws Exception {
        // a PTY has no modem lines, so DSR never rises: like a printer cable without the DSR wire
        SerialLink dtr = new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.hostPath() + "?flow=dtr&write=300"));
        host.close();
        dtr.open();
        long start = System.nanoTime();
        assertThatThrownBy(() -> dtr.write(new byte[] {0x1B, 0x40}))
                .isInstanceOf(LinkException.class)
                .isNotInstanceOf(LinkException.Disconnected.class)
                .hasMessageContaining("DSR low")
                .hasMessageContaining("after 0 of 2 bytes");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(dtr.isOpen()).isTrue();
        dtr.close();
    }

    @Test
    void largeWritesGoOutInPiecesAndArriveWhole() throws Exception {
        byte[] big = new byte[64 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i % 251);
        }
        java.util.concurrent.CompletableFuture<byte[]> received =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return readExactly(device, big.length);
                    } catch (LinkException e) {
                        throw new IllegalStateException(e);
                    }
                });
        host.write(big);
        host.drain();
        assertThat(received.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(big);
    }

    @Test
    void missingDeviceIsATypedDisconnect() {
        SerialLink absent = new SerialLink(LinkSpec.Serial.of(dir.resolve("nothing-here").toString()));
        assertThatThrownBy(absent::open).isInstanceOf(LinkException.Disconnected.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> absent.write(new byte[1])).isInstanceOf(LinkException.Disconnected.class);
    }

    static byte[] readExactly(ByteLink link, int count) throws LinkException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (out.size() < count && System.nanoTime() < deadline) {
            int n = link.read(buffer, Duration.ofMillis(200));
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
