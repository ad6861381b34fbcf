package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DleEotTest {

    private static final int N = DleEot.NOTHING_SET;

    @Test
    void requestBytes() {
        assertThat(DleEot.request(1)).containsExactly(0x10, 0x04, 0x01);
        assertThat(DleEot.request(4)).containsExactly(0x10, 0x04, 0x04);
        assertThatThrownBy(() -> DleEot.request(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referenceVectorE5Decodes() throws Exception {
        assertThat(DleEot.decode(0x12, N, N, N)).isEqualTo(PrinterStatus.READY);
        assertThat(DleEot.decode(0x1A, N, N, N).online()).isFalse();
        assertThat(DleEot.decode(0x1A, 0x16, N, N).coverOpen()).isTrue();
        assertThat(DleEot.decode(0x1A, 0x32, N, N).paperOut()).isTrue();
        assertThat(DleEot.decode(0x12, N, N, 0x12).paperNearEnd()).isFalse();
        PrinterStatus nearEnd = DleEot.decode(0x12, N, N, 0x1E);
        assertThat(nearEnd.paperNearEnd()).isTrue();
        assertThat(nearEnd.blockingFailure()).isEmpty();
        assertThat(nearEnd.warnings()).containsExactly(PrintWarning.PAPER_NEAR_END);
        PrinterStatus out = DleEot.decode(0x12, N, N, 0x72);
        assertThat(out.paperOut()).isTrue();
        assertThat(out.blockingFailure()).contains(PrintFailure.PAPER_OUT);
        PrinterStatus both = DleEot.decode(0x1A, N, N, 0x7E);
        assertThat(both.paperNearEnd()).isTrue();
        assertThat(both.paperOut()).isTrue();
    }

    @Test
    void errorCauses() throws Exception {
        assertThat(DleEot.decode(0x1A, 0x52, 0x1A, N).cutterError()).isTrue();
        assertThat(DleEot.decode(0x1A, 0x52, 0x32, N).blockingFailure()).contains(PrintFailure.MECHANICAL_ERROR);
        assertThat(DleEot.decode(0x1A, 0x52, 0x52, N).autoRecoverableError()).isTrue();
        assertThat(DleEot.offlineCauseHasError(0x52)).isTrue();
    }

    @Test
    void bytesWithWrongFixedBitsAreRejected() {
        assertThatThrownBy(() -> DleEot.decode(0x00, N, N, N)).isInstanceOf(StatusReplyException.class).hasMessageContaining("DLE EOT 1");
        assertThatThrownBy(() -> DleEot.decode(N, N, N, 0xFF)).isInstanceOf(StatusReplyException.class).hasMessageContaining("DLE EOT 4");
        assertThatThrownBy(() -> DleEot.decode(new byte[3])).isInstanceOf(StatusReplyException.class);
        assertThatThrownBy(() -> DleEot.decode((byte[]) null)).isInstanceOf(StatusReplyException.class);
    }

    @Property
    void garbageGivesAStatusOrATypedError(@ForAll byte[] garbage) {
        try {
            PrinterStatus status = DleEot.decode(garbage);
            assertThat(garbage).hasSize(4);
            for (byte b : garbage) {
                assertThat(DleEot.isReply(b & 0xFF)).isTrue();
            }
            assertThat(status).isNotNull();
        } catch (StatusReplyException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void anyFourIntsGiveAStatusOrATypedError(@ForAll int a, @ForAll int b, @ForAll int c, @ForAll int d) {
        try {
            assertThat(DleEot.decode(a, b, c, d)).isNotNull();
        } catch (StatusReplyException expected) {
            assertThat(expected.getMessage()).contains("DLE EOT");
        }
    }

    @Property
    void encodeThenDecodeGivesTheSameStatus(@ForAll("statuses") PrinterStatus status) throws Exception {
        byte[] replies = DleEot.encode(status);
        for (byte r : replies) {
            assertThat(DleEot.isReply(r & 0xFF)).isTrue();
        }
        assertThat(DleEot.decode(replies)).isEqualTo(status);
    }

    @Provide
    Arbitrary<PrinterStatus> statuses() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag, flag, flag, flag, flag, flag, flag).as(PrinterStatus::new);
    }
}
