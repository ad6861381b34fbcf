package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.hallkiosk.device.printer.sim.PrinterSimulator;

/** Whatever text a receipt holds, the encoder produces bytes (or a typed error), and the simulator reads them back. */
class EncoderPropertiesTest {

    private static final ReceiptFont FONT = ReceiptFont.locate();

    @Property(tries = 100)
    void anyTextEncodesAndEveryLineFitsThePaper(
            @ForAll @StringLength(max = 120) @Chars({' ', 'a', 'Z', '0', '{', '·', '€', '汉', '长', '期', '\u4DAE', '\u9FA6', '\t'})
            @CharRange(from = 0x4E00, to = 0x4E2F) @CharRange(from = '\uD800', to = '\uD801') String text,
            @ForAll @IntRange(min = 1, max = 8) int size,
            @ForAll boolean narrow) {
        PrinterSettings settings = new PrinterSettings(PrinterProfile.GENERIC, narrow ? PaperWidth.MM58 : PaperWidth.MM80, 0);
        Receipt receipt = Receipt.builder().add(new Receipt.Text(text, size, size, false, false, Receipt.Align.CENTER)).cut().build();
        byte[] bytes = new EscPosEncoder(settings, FONT).encode(receipt);
        assertThat(bytes).startsWith(0x1B, 0x40);
        PrinterSimulator sim = new PrinterSimulator(settings.dotsPerLine(), FONT);
        sim.accept(bytes);
        assertThat(sim.cuts()).isEqualTo(1);
        assertThat(sim.warnings()).isEmpty();
        // nothing the encoder sends may need the printer to wrap a line on its own
        for (String line : sim.textLines()) {
            assertThat(ReceiptFont.textWidth(line, size)).isLessThanOrEqualTo(settings.dotsPerLine());
        }
    }

    @Property(tries = 100)
    void anyQrPayloadEncodesOrIsATypedError(@ForAll @StringLength(min = 1, max = 400) String payload,
                                            @ForAll @IntRange(min = 1, max = 16) int module) {
        Receipt receipt = Receipt.builder().qr(payload, module, Receipt.QrErrorCorrection.H, Receipt.Align.CENTER).build();
        try {
            byte[] bytes = new EscPosEncoder(PrinterSettings.defaults(), FONT).encode(receipt);
            assertThat(bytes.length).isGreaterThan(2);
        } catch (ReceiptException e) {
            assertThat(e.getMessage()).contains("QR");
        }
    }
}
