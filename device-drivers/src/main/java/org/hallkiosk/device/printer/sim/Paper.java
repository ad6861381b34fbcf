package org.hallkiosk.device.printer.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The simulated paper roll: horizontal strips of printed dots, white paper and black dots, with a
 * red dashed line where the cutter cut. Keeps at most {@code maxHeight} rows, dropping the oldest.
 */
final class Paper {

    static final Color CUT_MARK = new Color(0xD0, 0x20, 0x20);
    /** White paper, black dots, red cut marks: two bits a dot keep a long roll small in memory. */
    private static final IndexColorModel PALETTE = new IndexColorModel(2, 3,
            new byte[] {(byte) 0xFF, 0, (byte) 0xD0}, new byte[] {(byte) 0xFF, 0, 0x20}, new byte[] {(byte) 0xFF, 0, 0x20});

    private final int width;
    private final int maxHeight;
    private final Deque<BufferedImage> strips = new ArrayDeque<>();
    private final List<BufferedImage> sinceCut = new ArrayList<>();
    private int height;

    Paper(int width, int maxHeight) {
        this.width = width;
        this.maxHeight = maxHeight;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A white strip of the paper width, ready to draw on. */
    BufferedImage newStrip(int rows) {
        BufferedImage strip = new BufferedImage(width, Math.max(1, rows), BufferedImage.TYPE_BYTE_BINARY, PALETTE);
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, strip.getHeight());
        g.dispose();
        return strip;
    }

    void add(BufferedImage strip) {
        strips.addLast(strip);
        sinceCut.add(strip);
        height += strip.getHeight();
        while (height > maxHeight && strips.size() > 1) {
            BufferedImage dropped = strips.removeFirst();
            sinceCut.remove(dropped);
            height -= dropped.getHeight();
        }
    }

    void feed(int rows) {
        if (rows > 0) {
            add(newStrip(rows));
        }
    }

    /** Draws the cut line and returns the piece of paper that was cut off. */
    BufferedImage cut() {
        BufferedImage piece = stitch(sinceCut);
        sinceCut.clear();
        BufferedImage mark = newStrip(12);
        Graphics2D g = mark.createGraphics();
        g.setColor(CUT_MARK);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        g.drawLine(0, 6, width, 6);
        g.dispose();
        strips.addLast(mark);
        height += mark.getHeight();
        return piece;
    }

    /** Everything on the roll, top to bottom. */
    BufferedImage image() {
        return stitch(strips);
    }

    private BufferedImage stitch(Iterable<BufferedImage> parts) {
        int total = 0;
        for (BufferedImage part : parts) {
            total += part.getHeight();
        }
        BufferedImage all = newStrip(Math.max(1, total));
        Graphics2D g = all.createGraphics();
        int y = 0;
        for (BufferedImage part : parts) {
            g.drawImage(part, 0, y, null);
            y += part.getHeight();
        }
        g.dispose();
        return all;
    }
}
