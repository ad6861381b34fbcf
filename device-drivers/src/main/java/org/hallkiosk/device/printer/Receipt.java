package org.hallkiosk.device.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A receipt as a list of blocks (text, rule, blank lines, QR code, CODE128, image, cut), independent
 * of any printer's bytes. Build one with {@link #builder()}.
 */
public record Receipt(List<Block> blocks) {

    public Receipt {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Horizontal placement of a block. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** QR error-correction level, from about 7 % (L) to about 30 % (H) of the symbol recoverable. */
    public enum QrErrorCorrection { L, M, Q, H }

    /** Where a barcode's human-readable text is printed. */
    public enum HriPosition { NONE, ABOVE, BELOW, BOTH }

    /** One piece of a receipt. */
    public sealed interface Block permits Text, Rule, Blank, QrCode, Code128, Image, Cut {}

    /**
     * A paragraph of text; the encoder wraps it to the line width. Width and height are the printer's
     * character magnification, 1 to 8.
     */
    public record Text(String text, int width, int height, boolean bold, boolean underline, Align align) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            if (width < 1 || width > 8 || height < 1 || height > 8) {
                throw new ReceiptException("text size must be 1..8 wide and high, not " + width + "x" + height);
            }
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new ReceiptException("a text block is one paragraph; use separate blocks instead of line breaks");
            }
        }

        /** Normal size, left aligned. */
        public static Text plain(String text) {
            return new Text(text, 1, 1, false, false, Align.LEFT);
        }
    }

    /** A horizontal rule across the full line, drawn with the given ASCII character. */
    public record Rule(char character) implements Block {
        public Rule {
            if (character < 0x20 || character > 0x7E) {
                throw new ReceiptException("rule character must be printable ASCII");
            }
        }
    }

    /** Empty lines. */
    public record Blank(int lines) implements Block {
        public Blank {
            if (lines < 1 || lines > 255) {
                throw new ReceiptException("blank lines must be 1..255, not " + lines);
            }
        }
    }

    /** A QR code printed by the printer itself from the payload (UTF-8). Module size is in dots, 1..16. */
    public record QrCode(String payload, int moduleSize, QrErrorCorrection errorCorrection, Align align) implements Block {
        public QrCode {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(errorCorrection, "errorCorrection");
            Objects.requireNonNull(align, "align");
            if (payload.isEmpty()) {
                throw new ReceiptException("QR payload is empty");
            }
            if (moduleSize < 1 || moduleSize > 16) {
                throw new ReceiptException("QR module size must be 1..16 dots, not " + moduleSize);
            }
        }
    }

    /**
     * A CODE128 barcode in code set B (printable ASCII). Height in dots and module width 2..6 dots;
     * 0 for either keeps the printer's default.
     */
    public record Code128(String data, int height, int moduleWidth, HriPosition hri, Align align) implements Block {
        public Code128 {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(hri, "hri");
            Objects.requireNonNull(align, "align");
            if (data.isEmpty()) {
                throw new ReceiptException("barcode data is empty");
            }
            for (int i = 0; i < data.length(); i++) {
                char c = data.charAt(i);
                if (c < 0x20 || c > 0x7E) {
                    throw new ReceiptException("CODE128 set B takes printable ASCII only; '" + data + "' has U+"
                            + String.format("%04X", (int) c) + " at " + i);
                }
            }
            if (height < 0 || height > 255) {
                throw new ReceiptException("barcode height must be 1..255 dots (0 = printer default), not " + height);
            }
            if (moduleWidth != 0 && (moduleWidth < 2 || moduleWidth > 6)) {
                throw new ReceiptException("barcode module width must be 2..6 dots (0 = printer default), not " + moduleWidth);
            }
        }
    }

    /** A monochrome picture (logo, stamp) sent as raster. */
    public record Image(Bitmap bitmap, Align align) implements Block {
        public Image {
            Objects.requireNonNull(bitmap, "bitmap");
            Objects.requireNonNull(align, "align");
        }
    }

    /** Feed to the cutter and cut, as the printer's profile says. */
    public record Cut() implements Block {}

    /** Collects blocks in order. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder text(String text) {
            return add(Text.plain(text));
        }

        public Builder text(String text, Align align) {
            return add(new Text(text, 1, 1, false, false, align));
        }

        public Builder heading(String text, int size, Align align) {
            return add(new Text(text, size, size, true, false, align));
        }

        public Builder rule() {
            return add(new Rule('-'));
        }

        public Builder blank(int lines) {
            return add(new Blank(lines));
        }

        public Builder qr(String payload, int moduleSize, QrErrorCorrection ec, Align align) {
            return add(new QrCode(payload, moduleSize, ec, align));
        }

        public Builder code128(String data, HriPosition hri, Align align) {
            return add(new Code128(data, 0, 0, hri, align));
        }

        public Builder image(Bitmap bitmap, Align align) {
            return add(new Image(bitmap, align));
        }

        public Builder cut() {
            return add(new Cut());
        }

        public Receipt build() {
            return new Receipt(blocks);
        }
    }
}
