package org.hallkiosk.testkit.pty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtyPairTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private PtyPair pty;

    @BeforeEach
    void start() throws Exception {
        pty = PtyPair.start(dir);
    }

    @AfterEach
    void stop() {
        pty.close();
    }

    @Test
    void bothSymlinksLeadToPtsDevicesWhenStartReturns() throws Exception {
        assertThat(pty.hostPath()).isEqualTo(dir.resolve("host"));
        assertThat(pty.devicePath()).isEqualTo(dir.resolve("device"));
        assertThat(Files.readSymbolicLink(pty.hostPath()).toString()).startsWith("/dev/pts/");
        assertThat(Files.readSymbolicLink(pty.devicePath()).toString()).startsWith("/dev/pts/");
        assertThat(Files.readSymbolicLink(pty.hostPath())).isNotEqualTo(Files.readSymbolicLink(pty.devicePath()));
        assertThat(pty.hostSpec(9600)).isEqualTo("serial:" + dir.resolve("host") + "?baud=9600");
        assertThat(pty.isPlugged()).isTrue();
    }

    @Test
    void everyByteValueCrossesBothWaysUntranslated() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        byte[] crlf = "政务\r\n\r\u0003\u0004\u0011\u0013\u007f".getBytes(StandardCharsets.UTF_8);
        try (SlaveEnd host = new SlaveEnd(pty.hostPath()); SlaveEnd device = new SlaveEnd(pty.devicePath())) {
            host.write(all);
            assertThat(device.read(all.length, WAIT)).isEqualTo(all);
            device.write(crlf);
            assertThat(host.read(crlf.length, WAIT)).isEqualTo(crlf);
            // no echo: nothing came back to the writers
            assertThat(host.readOnce(new byte[16], Duration.ofMillis(50))).isZero();
            assertThat(device.readOnce(new byte[16], Duration.ofMillis(50))).isZero();
        }
    }

    @Test
    void bytesWrittenBeforeTheOtherEndOpensWaitForIt() throws Exception {
        try (SlaveEnd host = new SlaveEnd(pty.hostPath())) {
            host.write(new byte[] {0x1B, 0x40});
            try (SlaveEnd device = new SlaveEnd(pty.devicePath())) {
                assertThat(device.read(2, WAIT)).containsExactly(0x1B, 0x40);
            }
        }
    }

    @Test
    void aLargeWriteArrivesWholeWhileTheReaderKeepsUp() throws Exception {
        byte[] big = new byte[512 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 % 253);
        }
        try (SlaveEnd host = new SlaveEnd(pty.hostPath()); SlaveEnd device = new SlaveEnd(pty.devicePath())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try {
                    return device.read(big.length, WAIT);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            host.write(big);
            assertThat(received.get(30, TimeUnit.SECONDS)).isEqualTo(big);
        }
    }

    @Test
    void unplugHangsUpTheHoldersAndRemovesTheLinks() throws Exception {
        Path hostTarget = Files.readSymbolicLink(pty.hostPath());
        try (SlaveEnd host = new SlaveEnd(pty.hostPath())) {
            pty.unplug();
            assertThat(pty.isPlugged()).isFalse();
            assertThat(host.readOnce(new byte[8], WAIT)).as("a hang-up, not a timeout").isEqualTo(-1);
        }
        assertThat(Files.exists(pty.hostPath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pty.devicePath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(hostTarget)).isFalse();
        pty.unplug();
    }

    @Test
    void replugMakesAWorkingPairAtTheSameLinks() throws Exception {
        pty.unplug();
        pty.replug();
        assertThat(pty.hostPath()).exists();
        try (SlaveEnd host = new SlaveEnd(pty.hostPath()); SlaveEnd device = new SlaveEnd(pty.devicePath())) {
            device.write(new byte[] {42});
            assertThat(host.read(1, WAIT)).containsExactly(42);
        }
        pty.replug();
        try (SlaveEnd host = new SlaveEnd(pty.hostPath()); SlaveEnd device = new SlaveEnd(pty.devicePath())) {
            host.write(new byte[] {7});
            assertThat(device.read(1, WAIT)).containsExactly(7);
        }
    }

    @Test
    void theOtherEndReopeningKeepsThePairAlive() throws Exception {
        try (SlaveEnd host = new SlaveEnd(pty.hostPath())) {
            try (SlaveEnd device = new SlaveEnd(pty.devicePath())) {
                host.write(new byte[] {1});
                assertThat(device.read(1, WAIT)).containsExactly(1);
            }
            try (SlaveEnd device = new SlaveEnd(pty.devicePath())) {
                host.write(new byte[] {2});
                assertThat(device.read(1, WAIT)).containsExactly(2);
            }
        }
    }
}
