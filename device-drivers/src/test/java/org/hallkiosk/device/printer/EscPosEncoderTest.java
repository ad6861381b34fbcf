package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.hallkiosk.device.printer.Receipt.Align;
import org.hallkiosk.device.printer.Receipt.QrErrorCorrection;
import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final ReceiptFont FONT = ReceiptFont.locate();

    /** The pinned sample ticket: 380 bytes on the wire. */
    static final String SAMPLE_TICKET_HEX = String.join("",
            "1B40", "1B6101", "1D2111", "1B4501", "1C26", "D5FECEF1B7FECEF1D6D0D0C4", "0A",   // 政务服务中心 2x2 bold
            "1D2100", "1B4500", "D7DBBACFCADCC0ED20A1A420C8A1BAC5C6BECCF5", "0A",             // 综合受理 · 取号凭条
            "2D".repeat(48), "0A",
            "1D2133", "1B4501", "41303132", "0A",                                               // A012 4x4 bold
            "1D2100", "1B4500", "C7B0C3E6BBB9D3D0203520C8CBB5C8BAF2A3ACD4A4BCC620313520B7D6D6D3", "0A",
            "1B6100", "B0ECC0EDB4B0BFDAA3BA31A1A232A1A23320BAC5B4B0BFDA", "0A",
            "C8A1BAC5CAB1BCE4A3BA323032362D31312D32382030393A3135", "0A",
            "2D".repeat(48), "0A",
            "1B6101",
            "1D286B04003141320" + "0", "1D286B0300314306", "1D286B0300314531",
            "1D286B3200315030", "68747470733A2F2F7A7766772E6578616D706C652E676F762E636E2F713F743D4130313226643D3230323631313238",
            "1D286B0300315130", "0A",
            "C7EBC1F4D2E2BDD0BAC5A3ACB9FDBAC5C7EBD6D8D0C2C8A1BAC5", "0A",
            "1D564200", "1C2E");

    private static byte[] encode(PrinterSettings settings, Receipt receipt) {
        return new EscPosEncoder(settings, FONT).encode(receipt);
    }

    private static byte[] encode(Receipt receipt) {
        return encode(PrinterSettings.defaults(), receipt);
    }

    private static void assertLacks(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            throw new AssertionError("unexpected " + HEX.formatHex(needle) + " at offset " + i);
        }
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void sampleTicketBytesArePinned() {
        byte[] bytes = encode(SampleTicket.receipt());
        assertThat(HexFormat.of().withUpperCase().formatHex(bytes)).isEqualTo(SAMPLE_TICKET_HEX);
        assertThat(bytes).hasSize(380);
    }

    @Test
    void referenceVectorE4QrForA012() {
        byte[] bytes = encode(Receipt.builder().qr("A012", 6, QrErrorCorrection.M, Align.CENTER).build());
        assertThat(HEX.formatHex(bytes)).isEqualTo(
                "1B 40 1B 61 01 1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 06 1D 28 6B 03 00 31 45 31 "
                        + "1D 28 6B 07 00 31 50 30 41 30 31 32 1D 28 6B 03 00 31 51 30 0A");
        assertThat(bytes).hasSize(51);
    }

    @Test
    void referenceVectorE5Code128WithHriBelow() {
        byte[] bytes = encode(Receipt.builder().code128("A012", Receipt.HriPosition.BELOW, Align.LEFT).build());
        assertThat(bytes).containsSequence(hex("1D 48 02 1D 6B 49 06 7B 42 41 30 31 32"));
    }

    @Test
    void referenceVectorE5RasterRowAndCut() {
        byte[] row = new byte[72];
        Arrays.fill(row, (byte) 0xAA);
        byte[] bytes = encode(Receipt.builder().image(new Bitmap(576, 1, row), Align.LEFT).cut().build());
        byte[] expected = new byte[8 + 72];
        System.arraycopy(hex("1D 76 30 00 48 00 01 00"), 0, expected, 0, 8);
        System.arraycopy(row, 0, expected, 8, 72);
        assertThat(bytes).containsSequence(expected);
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)).isEqualTo(hex("1D 56 42 00"));
    }

    @Test
    void qrLengthCountsUtf8BytesNotCharacters() {
        // 政务服务 is 4 characters but 12 UTF-8 bytes: pL = 12 + 3 = 15
        byte[] bytes = encode(Receipt.builder().qr("政务服务", 4, QrErrorCorrection.H, Align.LEFT).build());
        byte[] store = new byte[] {0x1D, 0x28, 0x6B, 15, 0, 0x31, 0x50, 0x30};
        assertThat(bytes).containsSequence(store);
        assertThat(bytes).containsSequence("政务服务".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes).containsSequence(hex("1D 28 6B 03 00 31 45 33"));
    }

    @Test
    void qrLengthHighByteCarries() {
        String payload = "x".repeat(300);
        byte[] bytes = encode(Receipt.builder().qr(payload, 3, QrErrorCorrection.L, Align.LEFT).build());
        assertThat(bytes).containsSequence(hex("1D 28 6B 2F 01 31 50 30")); // 303 = 0x012F
    }

    @Test
    void qrTooLongForTheModelGoesAsRasterAndShrinksToFit() {
        String payload = "y".repeat(1100); // generic profile accepts at most 1017 bytes natively
        byte[] bytes = encode(Receipt.builder().qr(payload, 8, QrErrorCorrection.L, Align.CENTER).build());
        assertLacks(bytes, hex("1D 28 6B"));
        assertThat(bytes).containsSequence(hex("1D 76 30 00"));
    }

    @Test
    void sizesMapToGsExclamation() {
        byte[] bytes = encode(Receipt.builder()
                .add(new Receipt.Text("a", 2, 1, false, false, Align.LEFT))
                .add(new Receipt.Text("b", 8, 8, false, false, Align.LEFT))
                .add(new Receipt.Text("c", 1, 3, false, false, Align.LEFT))
                .build());
        assertThat(bytes).containsSequence(hex("1D 21 10 61 0A 1D 21 77 62 0A 1D 21 02 63 0A"));
    }

    @Test
    void underlineSwitchesBothAsciiAndChineseUnderline() {
        byte[] bytes = encode(Receipt.builder().add(new Receipt.Text("长期", 1, 1, false, true, Align.RIGHT)).build());
        assertThat(HEX.formatHex(bytes)).isEqualTo("1B 40 1B 61 02 1B 2D 01 1C 2D 01 1C 26 B3 A4 C6 DA 0A 1C 2E");
    }

    @Test
    void asciiOnlyReceiptNeverEntersChineseMode() {
        byte[] bytes = encode(Receipt.builder().text("Queue A012").build());
        assertThat(HEX.formatHex(bytes)).isEqualTo("1B 40 51 75 65 75 65 20 41 30 31 32 0A");
    }

    @Test
    void fourByteGb18030CharacterOnTwoByteModelRastersThatLineOnly() {
        // U+9FA6 is 82 35 8F 33 in GB18030: four bytes
        Receipt receipt = Receipt.builder().text("姓名：王\u9FA6").text("汉").build();
        byte[] generic = encode(receipt);
        assertLacks(generic, hex("82 35 8F 33"));
        assertThat(generic).containsSequence(hex("1D 76 30 00"));
        assertThat(generic).containsSequence(hex("BA BA 0A")); // the next line is still text
        byte[] fourByte = encode(new PrinterSettings(PrinterProfile.MICROCOM_814M, PaperWidth.MM80, 0), receipt);
        assertThat(fourByte).containsSequence(hex("82 35 8F 33"));
        assertLacks(fourByte, hex("1D 76 30"));
    }

    @Test
    void characterOutsideGbkRastersOnGbkPrinter() {
        // 䶮 U+4DAE: two bytes in GB18030 (FE 9F) but unmappable in GBK
        Receipt receipt = Receipt.builder().text("刘\u4DAE").build();
        assertThat(encode(receipt)).containsSequence(hex("FE 9F"));
        byte[] gbk = encode(new PrinterSettings(PrinterProfile.ZJ_58, PaperWidth.MM58, 0), receipt);
        assertLacks(gbk, hex("FE 9F"));
        assertThat(gbk).containsSequence(hex("1D 76 30 00"));
    }

    @Test
    void rasterIsSentInBandsOfTheProfileHeight() {
        Bitmap tall = new Bitmap(576, 600, new byte[72 * 600]);
        byte[] bytes = encode(Receipt.builder().image(tall, Align.LEFT).build());
        assertThat(bytes).containsSequence(hex("1D 76 30 00 48 00 00 01")); // 256 rows
        assertThat(bytes).containsSequence(hex("1D 76 30 00 48 00 58 00")); // last 88 rows
        assertThat(bytes).hasSize(2 + 3 * 8 + 72 * 600);
        byte[] zj = encode(new PrinterSettings(PrinterProfile.ZJ_58, PaperWidth.MM80, 0), Receipt.builder().image(tall, Align.LEFT).build());
        assertThat(zj).containsSequence(hex("1D 76 30 00 48 00 80 00")); // 128-row bands
    }

    @Test
    void longChineseTextWrapsAtTheLineWidth() {
        String text = "请携带本人有效身份证件原件及复印件到综合受理窗口办理相关业务";
        assertThat(EscPosEncoder.wrap(text, 48)).containsExactly(text.substring(0, 24), text.substring(24));
        assertThat(EscPosEncoder.wrap(text, 24 / 2)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(6));
        assertThat(EscPosEncoder.wrap("hello big world", 9)).containsExactly("hello big", "world");
        assertThat(EscPosEncoder.wrap("", 9)).containsExactly("");
    }

    @Test
    void cutStyleFollowsTheProfile() {
        Receipt cut = Receipt.builder().cut().build();
        assertThat(encode(new PrinterSettings(PrinterProfile.ZJ_58, PaperWidth.MM58, 0), cut)).endsWith(hex("1B 64 04"));
        assertThat(encode(cut)).endsWith(hex("1D 56 42 00"));
    }

    @Test
    void contentThatCannotFitIsATypedError() {
        Receipt wide = Receipt.builder().image(new Bitmap(600, 1, new byte[75]), Align.LEFT).build();
        assertThatThrownBy(() -> encode(wide)).isInstanceOf(ReceiptException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new Receipt.Text("x", 9, 1, false, false, Align.LEFT)).isInstanceOf(ReceiptException.class);
        assertThatThrownBy(() -> new Receipt.Code128("票号", 0, 0, Receipt.HriPosition.NONE, Align.LEFT)).isInstanceOf(ReceiptException.class);
        Receipt longCode = Receipt.builder().code128("X".repeat(60), Receipt.HriPosition.NONE, Align.LEFT).build();
        assertThatThrownBy(() -> encode(new PrinterSettings(PrinterProfile.GENERIC, PaperWidth.MM58, 0), longCode))
                .isInstanceOf(ReceiptException.class).hasMessageContaining("too long");
    }

    @Test
    void narrowPaperUsesFewerColumns() {
        PrinterSettings narrow = new PrinterSettings(PrinterProfile.GENERIC, PaperWidth.MM58, 0);
        byte[] bytes = encode(narrow, Receipt.builder().rule().build());
        assertThat(bytes).containsSequence(("-".repeat(32) + "\n").getBytes(StandardCharsets.US_ASCII));
        assertLacks(bytes, ("-".repeat(33)).getBytes(StandardCharsets.US_ASCII));
    }
}
