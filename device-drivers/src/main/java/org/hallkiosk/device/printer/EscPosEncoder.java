package org.hallkiosk.device.printer;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link Receipt} into ESC/POS bytes for one printer profile and paper width.
 *
 * <p>Text goes out in the printer's own font: ASCII as is, Chinese as two-byte GB18030 between
 * {@code FS &} and {@code FS .}. A line holding a character the printer cannot encode (unmappable, or
 * a 4-byte GB18030 code on a two-byte-only model) goes out as a raster image of that line only. QR
 * codes use the printer's {@code GS ( k}; CODE128 uses {@code GS k 73} with {@code {B}. Styles are sent
 * only when they change, which keeps a ticket to a few hundred bytes.
 */
public final class EscPosEncoder {

    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;
    private static final byte FS = 0x1C;
    private static final byte LF = 0x0A;

    private final PrinterSettings settings;
    private final ReceiptFont font;

    /** {@code font} draws the raster fallback for lines the printer cannot encode. */
    public EscPosEncoder(PrinterSettings settings, ReceiptFont font) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.font = Objects.requireNonNull(font, "font");
    }

    public PrinterSettings settings() {
        return settings;
    }

    /**
     * The bytes for a whole receipt, starting with {@code ESC @}.
     *
     * @throws ReceiptException if a block cannot be printed on this paper (too wide an image or barcode)
     */
    public byte[] encode(Receipt receipt) {
        Session s = new Session();
        s.raw(ESC, '@');
        for (Receipt.Block block : receipt.blocks()) {
            if (block instanceof Receipt.Text text) {
                s.text(text);
            } else if (block instanceof Receipt.Rule rule) {
                s.text(new Receipt.Text(String.valueOf(rule.character()).repeat(settings.columns()), 1, 1, false, false, s.align));
            } else if (block instanceof Receipt.Blank blank) {
                s.blank(blank.lines());
            } else if (block instanceof Receipt.QrCode qr) {
                s.qr(qr);
            } else if (block instanceof Receipt.Code128 code) {
                s.code128(code);
            } else if (block instanceof Receipt.Image image) {
                s.align(image.align());
                s.raster(image.bitmap());
            } else if (block instanceof Receipt.Cut) {
                s.out.writeBytes(settings.profile().cut().bytes());
            }
        }
        s.chinese(false);
        return s.out.toByteArray();
    }

    /** {@code GS v 0} commands for a bitmap, in bands of at most {@code bandRows} rows. */
    public static byte[] raster(Bitmap bitmap, int bandRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeRaster(out, bitmap, bandRows);
        return out.toByteArray();
    }

    private static void writeRaster(ByteArrayOutputStream out, Bitmap bitmap, int bandRows) {
        int bpr = bitmap.bytesPerRow();
        for (int from = 0; from < bitmap.height(); from += bandRows) {
            Bitmap band = bitmap.band(from, Math.min(bitmap.height(), from + bandRows));
            out.writeBytes(new byte[] {GS, 'v', '0', 0, (byte) (bpr & 0xFF), (byte) (bpr >> 8),
                    (byte) (band.height() & 0xFF), (byte) (band.height() >> 8)});
            out.writeBytes(band.rows());
        }
    }

    /** Splits a paragraph into lines of at most {@code columns} Font A columns (Chinese counts two). */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            int w = ReceiptFont.cellWidth(cp) / 12;
            if (used + w > columns && line.length() > 0) {
                if (cp != ' ' && lastSpace > 0 && cp < 0x80) {
                    // break an ASCII word at the last space rather than in the middle
                    String carried = line.substring(lastSpace + 1);
                    lines.add(line.substring(0, lastSpace));
                    line.setLength(0);
                    line.append(carried);
                    used = columns(carried);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                lastSpace = -1;
                if (cp == ' ') {
                    i += len;
                    continue;
                }
            }
            if (cp == ' ') {
                lastSpace = line.length();
            } else if (cp >= 0x80) {
                lastSpace = -1;
            }
            line.appendCodePoint(cp);
            used += w;
            i += len;
        }
        lines.add(line.toString());
        return lines;
    }

    private static int columns(String s) {
        return ReceiptFont.textWidth(s, 1) / 12;
    }

    /** Printer state as the byte stream has left it, so styles are sent only on change. */
    private final class Session {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        final CharsetEncoder encoder = settings.profile().charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Receipt.Align align = Receipt.Align.LEFT;
        int size;
        boolean bold;
        boolean underline;
        boolean chinese;

        void raw(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
        }

        void align(Receipt.Align wanted) {
            if (wanted != align) {
                raw(ESC, 'a', wanted.ordinal());
                align = wanted;
            }
        }

        void style(int width, int height, boolean wantBold, boolean wantUnderline) {
            int n = 16 * (width - 1) + (height - 1);
            if (n != size) {
                raw(GS, '!', n);
                size = n;
            }
            if (wantBold != bold) {
                raw(ESC, 'E', wantBold ? 1 : 0);
                bold = wantBold;
            }
            if (wantUnderline != underline) {
                // ASCII and Chinese characters have separate underline switches
                raw(ESC, '-', wantUnderline ? 1 : 0);
                raw(FS, '-', wantUnderline ? 1 : 0);
                underline = wantUnderline;
            }
        }

        void chinese(boolean wanted) {
            if (wanted != chinese) {
                raw(FS, wanted ? '&' : '.');
                chinese = wanted;
            }
        }

        void text(Receipt.Text text) {
            int columns = Math.max(1, settings.columns() / text.width());
            String clean = text.text().replace('\t', ' ').codePoints()
                    .map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            for (String line : wrap(clean, columns)) {
                byte[] encoded = encodeLine(line);
                align(text.align());
                if (encoded == null) {
                    rasterLine(text, line);
                    continue;
                }
                if (!line.isEmpty()) {
                    style(text.width(), text.height(), text.bold(), text.underline());
                }
                boolean needsChinese = false;
                for (byte b : encoded) {
                    needsChinese |= b < 0;
                }
                if (needsChinese) {
                    chinese(true);
                }
                out.writeBytes(encoded);
                raw(LF);
            }
        }

        /** The printer's bytes for a line, or null if some character must be drawn instead. */
        byte[] encodeLine(String line) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(line.length() * 2);
            boolean fourByteOk = settings.profile().fourByteGb18030();
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int len = Character.charCount(cp);
                if (cp < 0x80) {
                    bytes.write(cp);
                } else {
                    try {
                        encoder.reset();
                        ByteBuffer b = encoder.encode(CharBuffer.wrap(line, i, i + len));
                        if (b.remaining() > 2 && !fourByteOk) {
                            return null;
                        }
                        bytes.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
                    } catch (CharacterCodingException e) {
                        return null;
                    }
                }
                i += len;
            }
            return bytes.toByteArray();
        }

        void rasterLine(Receipt.Text text, String line) {
            int dots = settings.dotsPerLine();
            int width = Math.min(dots, ReceiptFont.textWidth(line, text.width()));
            width = Math.max(8, (width + 7) / 8 * 8);
            int height = ReceiptFont.CELL_HEIGHT * text.height();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(Color.BLACK);
                font.draw(g, line, 0, 0, text.width(), text.height(), text.bold(), text.underline());
            } finally {
                g.dispose();
            }
            raster(Bitmap.of(image));
            // the raster ends at its last dot row; give it the gap a text line would have
            raw(ESC, 'J', 6);
        }

        void raster(Bitmap bitmap) {
            if (bitmap.width() > settings.dotsPerLine()) {
                throw new ReceiptException("image " + bitmap.width() + " dots wide does not fit "
                        + settings.dotsPerLine() + " dots of " + settings.paper().millimetres() + " mm paper");
            }
            writeRaster(out, bitmap, settings.profile().rasterBandRows());
        }

        void blank(int lines) {
            if (lines == 1) {
                raw(LF);
            } else {
                raw(ESC, 'd', lines);
            }
        }

        void qr(Receipt.QrCode qr) {
            byte[] data = qr.payload().getBytes(StandardCharsets.UTF_8);
            int dimension = qrDimension(qr);
            int module = qr.moduleSize();
            // shrink the modules rather than let the printer clip the symbol at the paper edge
            while (module > 1 && dimension * module > settings.dotsPerLine()) {
                module--;
            }
            if (dimension * module > settings.dotsPerLine()) {
                throw new ReceiptException("QR payload of " + data.length + " bytes is too large for "
                        + settings.paper().millimetres() + " mm paper");
            }
            align(qr.align());
            if (data.length > settings.profile().maxQrBytes()) {
                raster(qrBitmap(qr, module));
                raw(LF);
                return;
            }
            int k = data.length + 3;
            raw(GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0);
            raw(GS, '(', 'k', 3, 0, 0x31, 0x43, module);
            raw(GS, '(', 'k', 3, 0, 0x31, 0x45, 0x30 + qr.errorCorrection().ordinal());
            raw(GS, '(', 'k', k & 0xFF, k >> 8, 0x31, 0x50, 0x30);
            out.writeBytes(data);
            raw(GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30);
            raw(LF);
        }

        void code128(Receipt.Code128 code) {
            byte[] data = ("{B" + code.data().replace("{", "{{")).getBytes(StandardCharsets.US_ASCII);
            if (data.length > 255) {
                throw new ReceiptException("CODE128 data too long (" + code.data().length() + " characters)");
            }
            int symbols = code.data().length() + 3; // start, data, check, stop (stop is 13 modules)
            int modules = symbols * 11 + 2 + 20;    // plus the quiet zone
            int moduleWidth = code.moduleWidth();
            int assumed = moduleWidth == 0 ? 3 : moduleWidth;
            while (assumed > 2 && modules * assumed > settings.dotsPerLine()) {
                assumed--;
                moduleWidth = assumed;
            }
            if (modules * assumed > settings.dotsPerLine()) {
                throw new ReceiptException("CODE128 '" + code.data() + "' is too long for "
                        + settings.paper().millimetres() + " mm paper");
            }
            align(code.align());
            raw(GS, 'H', code.hri().ordinal());
            if (code.height() > 0) {
                raw(GS, 'h', code.height());
            }
            if (moduleWidth > 0) {
                raw(GS, 'w', moduleWidth);
            }
            raw(GS, 'k', 73, data.length);
            out.writeBytes(data);
        }

        int qrDimension(Receipt.QrCode qr) {
            try {
                QRCode code = Encoder.encode(qr.payload(), level(qr.errorCorrection()),
                        Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
                return code.getVersion().getDimensionForVersion();
            } catch (WriterException e) {
                throw new ReceiptException("QR payload cannot be encoded: " + e.getMessage());
            }
        }

        Bitmap qrBitmap(Receipt.QrCode qr, int module) {
            try {
                ByteMatrix matrix = Encoder.encode(qr.payload(), level(qr.errorCorrection()),
                        Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
                int size = matrix.getWidth() * module;
                int bpr = Bitmap.bytesPerRow(size);
                byte[] rows = new byte[bpr * size];
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        if (matrix.get(x / module, y / module) == 1) {
                            rows[y * bpr + x / 8] |= (byte) (0x80 >>> (x % 8));
                        }
                    }
                }
                return new Bitmap(size, size, rows);
            } catch (WriterException e) {
                throw new ReceiptException("QR payload cannot be encoded: " + e.getMessage());
            }
        }
    }

    static ErrorCorrectionLevel level(Receipt.QrErrorCorrection ec) {
        return switch (ec) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
    }
}
