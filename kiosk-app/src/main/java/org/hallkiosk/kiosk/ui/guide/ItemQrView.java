package org.hallkiosk.kiosk.ui.guide;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.kiosk.ui.Controls;

/** 扫码带走: a QR code large enough for any phone at arm's length, opening the item on the hall's online portal. */
final class ItemQrView {

    /** Screen pixels per QR module: a portal URL's code comes out about 470 px square. */
    private static final int MODULE_PX = 12;
    /** The quiet zone a phone camera needs around the code, in modules. */
    private static final int QUIET = 3;

    private ItemQrView() {
    }

    static Node create(Controls controls, ServiceItem item, String url) {
        Label title = GuideParts.words(controls, "guide.qr.title");
        VBox heading = GuideParts.heading(title, GuideParts.text(item.name()));
        ImageView code = new ImageView(image(url));
        code.setId("guide-qr-image");
        code.setSmooth(false);
        StackPane frame = new StackPane(code);
        frame.getStyleClass().add("guide-qr-frame");
        frame.setMaxWidth(Region.USE_PREF_SIZE);
        Label how = GuideParts.words(controls, "guide.qr.how");
        how.getStyleClass().add("guide-qr-how");
        Label link = GuideParts.text(url, "guide-qr-url");
        link.setId("guide-qr-url");
        VBox centre = new VBox(frame, how, link);
        centre.getStyleClass().add("guide-qr");
        return GuideParts.page("screen-guide-qr", heading, centre);
    }

    /** The QR code of {@code payload} as an image with crisp square modules. */
    static WritableImage image(String payload) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + payload.length() + " characters", e);
        }
        int modules = m.getWidth() + 2 * QUIET;
        int size = modules * MODULE_PX;
        WritableImage image = new WritableImage(size, size);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / MODULE_PX - QUIET;
                int my = y / MODULE_PX - QUIET;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                w.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
