package org.hallkiosk.device.printer;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;

/**
 * A 1-bit picture packed as ESC/POS raster wants it: rows top to bottom, 8 dots per byte, most
 * significant bit leftmost, 1 = black.
 */
public record Bitmap(int width, int height, byte[] rows) {

    public Bitmap {
        Objects.requireNonNull(rows, "rows");
        if (width < 1 || height < 1) {
            throw new ReceiptException("bitmap must be at least 1x1, not " + width + "x" + height);
        }
        if (rows.length != bytesPerRow(width) * height) {
            throw new ReceiptException("bitmap of " + width + "x" + height + " needs " + bytesPerRow(width) * height
                    + " bytes, not " + rows.length);
        }
        rows = rows.clone();
    }

    /** Bytes per row for a width in dots. */
    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public int bytesPerRow() {
        return bytesPerRow(width);
    }

    @Override
    public byte[] rows() {
        return rows.clone();
    }

    /** Whether the dot at (x, y) is black. */
    public boolean isBlack(int x, int y) {
        return (rows[y * bytesPerRow() + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    /** Thresholds an image at mid-grey; transparent pixels count as white. */
    public static Bitmap of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int bpr = bytesPerRow(w);
        byte[] data = new byte[bpr * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int luma = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                if (alpha >= 128 && luma < 128) {
                    data[y * bpr + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new Bitmap(w, h, data);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new bitmap. */
    public Bitmap band(int from, int to) {
        if (from < 0 || to > height || from >= to) {
            throw new IllegalArgumentException("band " + from + ".." + to + " outside 0.." + height);
        }
        return new Bitmap(width, to - from, Arrays.copyOfRange(rows, from * bytesPerRow(), to * bytesPerRow()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bitmap b && b.width == width && b.height == height && Arrays.equals(b.rows, rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "Bitmap[" + width + "x" + height + "]";
    }
}
