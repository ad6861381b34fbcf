package org.hallkiosk.kiosk.ui.queue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code drawn as sharp square modules, for a phone to scan off the screen. */
final class QrImage {

    private QrImage() {
    }

    /** {@code text} as a QR code, {@code modulePixels} per module, with the standard four-module quiet zone. */
    static Image of(String text, int modulePixels) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR: " + text.length() + " characters", e);
        }
        WritableImage image = new WritableImage(m.getWidth() * modulePixels, m.getHeight() * modulePixels);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                Color c = m.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < modulePixels; dy++) {
                    for (int dx = 0; dx < modulePixels; dx++) {
                        w.setColor(x * modulePixels + dx, y * modulePixels + dy, c);
                    }
                }
            }
        }
        return image;
    }
}
