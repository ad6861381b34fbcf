package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.client.j2se.MatrixToImageConfig;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZXing decoding of generated codes placed in camera-like frames. */
class BarcodeImageDecoderTest {

    private static final String RECEIPT = "https://zwfw.example.gov.cn/progress?case=ZW2025000123&code=4821&办件=不动产登记";

    private final BarcodeImageDecoder decoder = new BarcodeImageDecoder();

    @Test
    void decodesAQrCodeWithChineseTextInAFrame() throws Exception {
        BufferedImage frame = inFrame(code(RECEIPT, BarcodeFormat.QR_CODE, 300, 300, false), 1280, 720, 400, 150);

        assertThat(decoder.decode(frame)).isEqualTo(new ImageScanResult.Decoded(RECEIPT, BarcodeFormat.QR_CODE));
    }

    @Test
    void decodesALightOnDarkCodeFromAPhoneScreen() throws Exception {
        BufferedImage frame = code("ZW2025000456", BarcodeFormat.QR_CODE, 240, 240, true);
        assertThat(decoder.decode(frame)).isEqualTo(new ImageScanResult.Decoded("ZW2025000456", BarcodeFormat.QR_CODE));
    }

    @Test
    void decodesACode128CaseNumber() throws Exception {
        BufferedImage frame = inFrame(code("ZW2025000456", BarcodeFormat.CODE_128, 400, 120, false), 800, 600, 200, 240);
        assertThat(decoder.decode(frame)).isEqualTo(new ImageScanResult.Decoded("ZW2025000456", BarcodeFormat.CODE_128));
    }

    @Test
    void anEmptyFrameHasNoCode() {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertThat(decoder.decode(blank)).isEqualTo(new ImageScanResult.NoCode());
    }

    @Test
    void decodesEncodedPngBytesAndFiles(@TempDir Path dir) throws Exception {
        BufferedImage image = code(RECEIPT, BarcodeFormat.QR_CODE, 300, 300, false);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path file = dir.resolve("photo.png");
        Files.write(file, png.toByteArray());

        assertThat(decoder.decode(png.toByteArray())).isInstanceOf(ImageScanResult.Decoded.class);
        assertThat(decoder.decode(file)).isEqualTo(new ImageScanResult.Decoded(RECEIPT, BarcodeFormat.QR_CODE));
    }

    @Test
    void bytesThatAreNoImageAreUnreadable() {
        assertThat(decoder.decode("not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImageScanResult.Unreadable.class, u -> assertThat(u.reason()).contains("not an image"));
    }

    @Test
    void aTruncatedPngIsUnreadableNotAnException() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(code("A012", BarcodeFormat.QR_CODE, 200, 200, false), "png", png);
        byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), 60);

        assertThat(decoder.decode(truncated)).isInstanceOf(ImageScanResult.Unreadable.class);
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        assertThat(decoder.decode(dir.resolve("none.png"))).isInstanceOf(ImageScanResult.Unreadable.class);
    }

    private static BufferedImage code(String text, BarcodeFormat format, int w, int h, boolean inverted) throws Exception {
        BitMatrix matrix = new MultiFormatWriter().encode(text, format, w, h,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
        MatrixToImageConfig colours = inverted ? new MatrixToImageConfig(0xFFFFFFFF, 0xFF000000) : new MatrixToImageConfig();
        return MatrixToImageWriter.toBufferedImage(matrix, colours);
    }

    /** Puts the code on a slip of white paper on a grey desk, as the kiosk camera sees it. */
    private static BufferedImage inFrame(BufferedImage code, int w, int h, int x, int y) {
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0x80, 0x80, 0x88));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(x - 30, y - 30, code.getWidth() + 60, code.getHeight() + 60);
        g.drawImage(code, x, y, null);
        g.dispose();
        return frame;
    }
}
