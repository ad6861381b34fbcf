package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallkiosk.device.idcard.ReferenceVectors.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The streaming decoder: noise, split frames, corrupt frames followed by good ones. */
class SamFrameDecoderTest {

    private final SamFrameDecoder decoder = new SamFrameDecoder();

    @Test
    void skipsNoiseBeforeThePreamble() throws Exception {
        feed(hex("00 FF 13 AA 96 69 AA AA 55"));
        feed(hex(ReferenceVectors.FIND_OK));

        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(hex("00 00 9F 00 00 00 00")));
        assertThat(decoder.noiseBytes()).isEqualTo(9);
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void findsAPreambleThatFollowsExtraSyncBytes() throws Exception {
        feed(hex("AA AA AA AA AA"));
        feed(hex(ReferenceVectors.STATUS_OK));

        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(hex("00 00 90")));
    }

    @Test
    void assemblesAFrameFedOneByteAtATime() throws Exception {
        byte[] frame = hex(ReferenceVectors.SELECT_OK);
        for (int i = 0; i < frame.length - 1; i++) {
            decoder.feed(frame, i, 1);
            assertThat(decoder.next()).isEmpty();
        }
        decoder.feed(frame, frame.length - 1, 1);
        assertThat(decoder.next()).isPresent();
    }

    @Test
    void keepsAPreambleSplitAcrossReadsEvenAfterNoise() throws Exception {
        byte[] frame = hex(ReferenceVectors.FIND_FAILED);
        feed(hex("12 34 AA AA"));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(2);
        feed(java.util.Arrays.copyOfRange(frame, 2, frame.length));
        // the two kept AA bytes plus the rest: "AA AA" + "AA 96 69 …" is the complete frame
        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(hex("00 00 80")));
    }

    @Test
    void reportsACorruptFrameOnceThenFindsTheNextGoodOne() throws Exception {
        feed(hex("AA AA AA 96 69 00 04 00 00 90 95"));
        feed(hex(ReferenceVectors.FIND_OK));

        assertThatThrownBy(decoder::next).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.kind()).isEqualTo(SamProtocolException.Kind.BAD_CHECKSUM));
        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body[2] & 0xFF).isEqualTo(0x9F));
    }

    @Test
    void aDamagedLengthFieldDoesNotSwallowTheFollowingFrame() throws Exception {
        // the first frame's length says 0x0FFF (too long); dropping only its preamble finds the real frame behind it
        feed(hex("AA AA AA 96 69 FF FF 00"));
        feed(hex(ReferenceVectors.STATUS_OK));

        assertThatThrownBy(decoder::next).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.kind()).isEqualTo(SamProtocolException.Kind.BAD_LENGTH));
        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(hex("00 00 90")));
    }

    @Test
    void decodesBackToBackFramesFromOneRead() throws Exception {
        byte[] a = hex(ReferenceVectors.FIND_OK);
        byte[] b = hex(ReferenceVectors.SELECT_OK);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        feed(both);

        List<byte[]> bodies = new ArrayList<>();
        for (Optional<byte[]> body = decoder.next(); body.isPresent(); body = decoder.next()) {
            bodies.add(body.get());
        }
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).hasSize(11);
    }

    @Test
    void resetDropsWhatWasBuffered() throws Exception {
        feed(java.util.Arrays.copyOf(hex(ReferenceVectors.FIND_OK), 9));
        decoder.reset();
        feed(hex(ReferenceVectors.FIND_FAILED));
        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body[2] & 0xFF).isEqualTo(0x80));
    }

    private void feed(byte[] bytes) {
        decoder.feed(bytes, 0, bytes.length);
    }
}
