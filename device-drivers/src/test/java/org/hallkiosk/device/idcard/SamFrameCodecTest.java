package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallkiosk.device.idcard.ReferenceVectors.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SAM frame codec against the reference vectors of §E1–§E3. */
class SamFrameCodecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FIND_CARD, " + ReferenceVectors.FIND,
        "SELECT_CARD, " + ReferenceVectors.SELECT,
        "READ_TEXT_PHOTO, " + ReferenceVectors.READ,
        "READ_TEXT_PHOTO_FINGERPRINT, " + ReferenceVectors.READ_FP,
        "SAM_STATUS, " + ReferenceVectors.STATUS,
        "RESET_SAM, " + ReferenceVectors.RESET,
        "READ_SAM_ID, " + ReferenceVectors.SAM_ID,
    })
    void commandFramesMatchTheReferenceBytes(SamCommand command, String frame) throws Exception {
        assertThat(command.frame()).isEqualTo(hex(frame));
        assertThat(SamCommand.of(SamFrameCodec.decode(hex(frame)))).contains(command);
    }

    @ParameterizedTest(name = "SW3 {0}")
    @CsvSource({
        "90, 0, " + ReferenceVectors.STATUS_OK,
        "9F, 4, " + ReferenceVectors.FIND_OK,
        "80, 0, " + ReferenceVectors.FIND_FAILED,
        "90, 8, " + ReferenceVectors.SELECT_OK,
        "81, 0, " + ReferenceVectors.SELECT_FAILED,
        "41, 0, " + ReferenceVectors.READ_FAILED,
        "60, 0, " + ReferenceVectors.SAM_FAILED,
    })
    void responseFramesMatchTheReferenceBytes(String sw3Hex, int dataLength, String frame) throws Exception {
        int sw3 = Integer.parseInt(sw3Hex, 16);
        SamResponse expected = SamResponse.of(sw3, new byte[dataLength]);
        assertThat(expected.frame()).isEqualTo(hex(frame));
        assertThat(SamResponse.parse(SamFrameCodec.decode(hex(frame)))).isEqualTo(expected);
    }

    @Test
    void fullReadFrameOfTheReferencePersonIs1295BytesWithChecksum31() throws Exception {
        byte[] data = new CardReadout(ReferenceVectors.e3Text(), new byte[1024], new byte[0]).encode(false);
        byte[] frame = SamResponse.of(0x90, data).frame();

        assertThat(frame).hasSize(1295);
        assertThat(Arrays.copyOf(frame, 14)).isEqualTo(hex(ReferenceVectors.E3_FRAME_START));
        assertThat(frame[frame.length - 1] & 0xFF).isEqualTo(ReferenceVectors.E3_CHECKSUM);
        assertThat(SamFrameCodec.xor(frame, 5, frame.length)).isZero();
        assertThat(Arrays.copyOfRange(frame, 14, 270)).isEqualTo(ReferenceVectors.e3Text());
    }

    @Test
    void fingerprintReadOfTheSamePersonIs2321BytesWithChecksum3B() throws Exception {
        byte[] data = new CardReadout(ReferenceVectors.e3Text(), new byte[1024], new byte[1024]).encode(true);
        byte[] frame = SamResponse.of(0x90, data).frame();

        assertThat(frame).hasSize(2321);
        assertThat(Arrays.copyOfRange(frame, 5, 7)).isEqualTo(hex("09 0A"));
        assertThat(frame[frame.length - 1] & 0xFF).isEqualTo(ReferenceVectors.E3_FP_CHECKSUM);

        CardReadout parsed = CardReadout.parse(SamResponse.parse(SamFrameCodec.decode(frame)).data(), true);
        assertThat(parsed.text()).isEqualTo(ReferenceVectors.e3Text());
        assertThat(parsed.fingerprint()).hasSize(1024);
    }

    @Test
    void strictDecodeNamesWhatIsWrong() {
        assertKind(hex("AB AA AA 96 69 00 03 20 01 22"), SamProtocolException.Kind.NO_PREAMBLE);
        assertKind(hex("AA AA AA 96"), SamProtocolException.Kind.NO_PREAMBLE);
        assertKind(hex("AA AA AA 96 69 00"), SamProtocolException.Kind.TRUNCATED);
        assertKind(hex("AA AA AA 96 69 00 03 20 01"), SamProtocolException.Kind.TRUNCATED);
        assertKind(hex("AA AA AA 96 69 00 03 20 01 22 00"), SamProtocolException.Kind.TRAILING_BYTES);
        assertKind(hex("AA AA AA 96 69 00 03 20 01 21"), SamProtocolException.Kind.BAD_CHECKSUM);
        assertKind(hex("AA AA AA 96 69 00 02 20 22"), SamProtocolException.Kind.BAD_LENGTH);
        assertKind(hex("AA AA AA 96 69 FF FF 20 01 22"), SamProtocolException.Kind.BAD_LENGTH);
    }

    @Test
    void theChecksumBugsSeenInPublicCodeAreRejected() {
        // §B2: "…20 01 21" and "…20 00 22" circulate as find-card frames
        assertKind(hex("AA AA AA 96 69 00 03 20 01 21"), SamProtocolException.Kind.BAD_CHECKSUM);
        assertKind(hex("AA AA AA 96 69 00 03 20 00 22"), SamProtocolException.Kind.BAD_CHECKSUM);
    }

    @Test
    void aResponseNeedsItsThreeStatusBytes() {
        assertThatThrownBy(() -> SamResponse.parse(new byte[] {0, 0}))
                .isInstanceOfSatisfying(SamProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(SamProtocolException.Kind.MALFORMED_RESPONSE));
    }

    @Test
    void readAnswersWhoseLengthFieldsDisagreeAreMalformed() {
        byte[] data = new CardReadout(new byte[256], new byte[1024], new byte[0]).encode(false);
        assertThatThrownBy(() -> CardReadout.parse(Arrays.copyOf(data, data.length - 1), false))
                .isInstanceOf(SamProtocolException.class).hasMessageContaining("length fields");
        byte[] shortText = new CardReadout(new byte[200], new byte[1024], new byte[0]).encode(false);
        assertThatThrownBy(() -> CardReadout.parse(shortText, false))
                .isInstanceOf(SamProtocolException.class).hasMessageContaining("200");
    }

    @Test
    void unknownStatusCodesAreDescribedNotDropped() {
        assertThat(SamStatus.describe(0x41)).isEqualTo("SW3 0x41 read failed");
        assertThat(SamStatus.describe(0x5A)).isEqualTo("SW3 0x5A unknown status");
    }

    private static void assertKind(byte[] frame, SamProtocolException.Kind kind) {
        assertThatThrownBy(() -> SamFrameCodec.decode(frame))
                .isInstanceOfSatisfying(SamProtocolException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
