package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Frame round-trips and garbage input: only typed protocol errors, never another exception. */
class SamFramePropertiesTest {

    @Property
    void anyBodySurvivesEncodeAndDecode(@ForAll("bodies") byte[] body) throws Exception {
        assertThat(SamFrameCodec.decode(SamFrameCodec.encode(body))).isEqualTo(body);
    }

    @Property
    void anyBodySurvivesNoiseAndArbitraryChunking(@ForAll("bodies") byte[] body, @ForAll("noise") byte[] noise,
                                                  @ForAll @IntRange(min = 1, max = 64) int chunk) throws Exception {
        byte[] frame = SamFrameCodec.encode(body);
        byte[] stream = concat(noise, frame);
        SamFrameDecoder decoder = new SamFrameDecoder();
        List<byte[]> found = new ArrayList<>();
        for (int offset = 0; offset < stream.length; offset += chunk) {
            decoder.feed(stream, offset, Math.min(chunk, stream.length - offset));
            drain(decoder, found);
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isEqualTo(body);
        assertThat(decoder.buffered()).isZero();
    }

    @Property
    void strictDecodeOfGarbageThrowsOnlyProtocolErrors(@ForAll @Size(max = 300) byte[] garbage) {
        try {
            byte[] body = SamFrameCodec.decode(garbage);
            // the rare valid frame must really be one
            assertThat(SamFrameCodec.encode(body)).isEqualTo(garbage);
        } catch (SamProtocolException expected) {
            assertThat(expected.kind()).isNotNull();
        }
    }

    @Property
    void streamingGarbageThrowsOnlyProtocolErrorsAndNeverHoardsBytes(@ForAll("framelikeGarbage") byte[] garbage,
                                                                     @ForAll @IntRange(min = 1, max = 97) int chunk) {
        SamFrameDecoder decoder = new SamFrameDecoder();
        for (int offset = 0; offset < garbage.length; offset += chunk) {
            decoder.feed(garbage, offset, Math.min(chunk, garbage.length - offset));
            int errors = 0;
            while (true) {
                try {
                    if (decoder.next().isEmpty()) {
                        break;
                    }
                } catch (SamProtocolException expected) {
                    errors++;
                    assertThat(errors).isLessThanOrEqualTo(garbage.length);
                }
            }
        }
        // whatever is left is at most one incomplete frame of legal size
        assertThat(decoder.buffered()).isLessThanOrEqualTo(SamFrameCodec.HEADER_SIZE + SamFrameCodec.MAX_LENGTH);
    }

    @Property
    void responsesRoundTripThroughFrames(@ForAll @IntRange(max = 255) int sw3, @ForAll @Size(max = 2000) byte[] data)
            throws Exception {
        SamResponse response = SamResponse.of(sw3, data);
        assertThat(SamResponse.parse(SamFrameCodec.decode(response.frame()))).isEqualTo(response);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(2).ofMaxSize(SamFrameCodec.MAX_LENGTH - 1)
                .edgeCases(c -> c.add(new byte[] {0x20, 0x01}));
    }

    /** Random line noise without a complete preamble in it (a full preamble would be a frame start). */
    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) 0xAA, (byte) 0x96, (byte) 0x69))
                .array(byte[].class).ofMaxSize(40)
                .filter(b -> indexOf(concat(b, SamFrameCodec.PREAMBLE), SamFrameCodec.PREAMBLE) == b.length);
    }

    /** Garbage rich in preambles and plausible length fields, to reach the decoder's error paths. */
    @Provide
    Arbitrary<byte[]> framelikeGarbage() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.just(SamFrameCodec.PREAMBLE),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8),
                Arbitraries.integers().between(0, 0x1100).map(n -> new byte[] {(byte) (n >>> 8), (byte) n.intValue()}));
        return piece.list().ofMaxSize(60).map(parts -> parts.stream().reduce(new byte[0], SamFramePropertiesTest::concat));
    }

    private static void drain(SamFrameDecoder decoder, List<byte[]> found) throws SamProtocolException {
        for (Optional<byte[]> b = decoder.next(); b.isPresent(); b = decoder.next()) {
            found.add(b.get());
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
