package org.hallkiosk.device.scanner;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds and decodes a barcode in a camera frame or photo with ZXing (TRY_HARDER, UTF-8, inverted codes too).
 * Thread-safe: each call uses its own ZXing reader.
 */
public final class BarcodeImageDecoder {

    /** The codes a hall meets: receipt QR codes, case-number barcodes, PDF417 on some forms. */
    public static final Set<BarcodeFormat> HALL_FORMATS = EnumSet.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
            BarcodeFormat.PDF_417, BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.EAN_13);

    /** Larger images are refused before they are decoded into memory (a 12-megapixel photo is fine). */
    public static final long MAX_PIXELS = 50_000_000L;

    private final Map<DecodeHintType, Object> hints;

    public BarcodeImageDecoder() {
        this(HALL_FORMATS);
    }

    public BarcodeImageDecoder(Set<BarcodeFormat> formats) {
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one barcode format is needed");
        }
        Map<DecodeHintType, Object> h = new EnumMap<>(DecodeHintType.class);
        h.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        h.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        h.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        h.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.copyOf(formats));
        this.hints = Map.copyOf(h);
    }

    /** Decodes a frame already in memory. */
    public ImageScanResult decode(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        // The hybrid binarizer suits camera frames with uneven light; the global one rescues small or low-contrast codes.
        for (BinaryBitmap bitmap : new BinaryBitmap[] {
                new BinaryBitmap(new HybridBinarizer(source)), new BinaryBitmap(new GlobalHistogramBinarizer(source))}) {
            try {
                Result result = new MultiFormatReader().decode(bitmap, hints);
                return new ImageScanResult.Decoded(result.getText(), result.getBarcodeFormat());
            } catch (NotFoundException e) {
                // MultiFormatReader folds "found but damaged" into NotFound too; try the next binarizer
            } catch (RuntimeException e) {
                return new ImageScanResult.Unreadable("barcode decoder failed on this image: " + e.getClass().getSimpleName());
            }
        }
        return new ImageScanResult.NoCode();
    }

    /** Decodes an encoded image (PNG, JPEG, BMP, GIF). */
    public ImageScanResult decode(byte[] encodedImage) {
        try (InputStream in = new ByteArrayInputStream(encodedImage)) {
            return decodeStream(in);
        } catch (IOException e) {
            return new ImageScanResult.Unreadable("cannot read the image: " + e.getMessage());
        }
    }

    /** Decodes an image file. */
    public ImageScanResult decode(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ImageScanResult.Unreadable("no image file at " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decodeStream(in);
        } catch (IOException e) {
            return new ImageScanResult.Unreadable("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private ImageScanResult decodeStream(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                return new ImageScanResult.Unreadable("not an image in a known format (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return new ImageScanResult.Unreadable("image of " + pixels + " pixels is larger than the " + MAX_PIXELS + " limit");
                }
                return decode(reader.read(0));
            } catch (IOException | RuntimeException e) {
                // ImageIO plug-ins throw unchecked exceptions on truncated or hostile files
                return new ImageScanResult.Unreadable("damaged image: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } finally {
                reader.dispose();
            }
        }
    }
}
