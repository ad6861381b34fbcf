package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipeLinkTest {

    private static final Duration SHORT = Duration.ofMillis(20);
    private static final Duration LONG = Duration.ofSeconds(2);

    @Test
    void bytesFlowBothWays() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:test");
        pair.host().write(new byte[] {1, 2, 3});
        pair.device().write(new byte[] {9});
        byte[] buffer = new byte[8];
        assertThat(pair.device().read(buffer, LONG)).isEqualTo(3);
        assertThat(buffer).startsWith(1, 2, 3);
        assertThat(pair.host().read(buffer, LONG)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 9);
    }

    @Test
    void readTimesOutWithZero() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:test");
        assertThat(pair.host().read(new byte[4], SHORT)).isZero();
    }

    @Test
    void largeWritesArriveInOrderAcrossSmallReads() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:test");
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        pair.host().write(data);
        byte[] got = new byte[data.length];
        int off = 0;
        byte[] chunk = new byte[777];
        while (off < data.length) {
            int n = pair.device().read(chunk, LONG);
            System.arraycopy(chunk, 0, got, off, n);
            off += n;
        }
        assertThat(got).isEqualTo(data);
    }

    @Test
    void closingOneEndDisconnectsTheOtherAfterBufferedBytes() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:test");
        pair.device().write(new byte[] {7});
        pair.device().close();
        byte[] buffer = new byte[4];
        assertThat(pair.host().read(buffer, LONG)).isEqualTo(1);
        assertThatThrownBy(() -> pair.host().read(buffer, LONG)).isInstanceOf(LinkException.Disconnected.class);
        assertThatThrownBy(() -> pair.host().write(new byte[] {1})).isInstanceOf(LinkException.Disconnected.class);
    }

    @Test
    void blockedReaderWakesOnUnplug() throws Exception {
        PipeLink.Pair pair = PipeLink.pair("pipe:test");
        Thread unplugger = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            pair.device().unplug();
        });
        unplugger.start();
        assertThatThrownBy(() -> pair.host().read(new byte[4], Duration.ofSeconds(10)))
                .isInstanceOf(LinkException.Disconnected.class);
        unplugger.join();
        assertThat(pair.host().isOpen()).isFalse();
        assertThatThrownBy(pair.host()::open).isInstanceOf(LinkException.Disconnected.class);
    }
}
