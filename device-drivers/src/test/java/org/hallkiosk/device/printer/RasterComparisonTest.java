package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.Test;

/**
 * Bytes on the wire for the sample ticket in the printer's own font and native QR, against the same
 * ticket sent as one raster image (what a driver that renders everything would send).
 */
class RasterComparisonTest {

    @Test
    void nativeTicketIsAtLeastThirtyTimesSmallerThanRaster() {
        ReceiptFont font = ReceiptFont.locate();
        PrinterSettings settings = PrinterSettings.defaults();
        byte[] wire = new EscPosEncoder(settings, font).encode(SampleTicket.receipt());
        Bitmap picture = Bitmap.of(PrinterSimulator.render(wire, settings.dotsPerLine(), font));
        Receipt asRaster = Receipt.builder().image(picture, Receipt.Align.LEFT).cut().build();
        byte[] rasterWire = new EscPosEncoder(settings, font).encode(asRaster);
        System.out.printf("sample ticket: %d bytes native, %d bytes as a %dx%d raster (%.0fx)%n",
                wire.length, rasterWire.length, picture.width(), picture.height(), (double) rasterWire.length / wire.length);
        assertThat(wire.length).isLessThanOrEqualTo(600);
        assertThat(rasterWire.length).isGreaterThanOrEqualTo(30 * wire.length);
        // at 115200 8N1 (11 520 bytes/s) the native ticket takes under 60 ms
        assertThat(wire.length * 1000 / 11_520).isLessThan(60);
    }
}
