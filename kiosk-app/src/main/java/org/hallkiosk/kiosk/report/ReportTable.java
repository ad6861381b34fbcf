package org.hallkiosk.kiosk.report;

import java.util.List;

/** A ruled table on the canvas: a header row, then rows; the first column left-aligned, the others right-aligned. */
final class ReportTable {

    private static final float ROW = 16;
    private static final float SIZE = 8.5f;
    private static final int HEADER_FILL = 0xE8EEF7;
    private static final int STRIPE = 0xF6F6F6;

    private ReportTable() {
    }

    /** Draws the table with its top at {@code top}; returns the y below it. */
    static float draw(ReportCanvas c, float left, float top, float[] widths, List<String> header, List<List<String>> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        c.box(left, top, total, ROW, HEADER_FILL);
        row(c, left, top, widths, header);
        float y = top + ROW;
        int n = 0;
        for (List<String> r : rows) {
            if (n++ % 2 == 1) {
                c.box(left, y, total, ROW, STRIPE);
            }
            row(c, left, y, widths, r);
            y += ROW;
        }
        c.line(left, top, left + total, top, 0.8f, ReportCanvas.BLACK);
        c.line(left, top + ROW, left + total, top + ROW, 0.5f, ReportCanvas.BLACK);
        c.line(left, y, left + total, y, 0.8f, ReportCanvas.BLACK);
        return y;
    }

    private static void row(ReportCanvas c, float left, float top, float[] widths, List<String> cells) {
        float x = left;
        float baseline = top + ROW - 4.5f;
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            if (i == 0) {
                c.text(x + 3, baseline, SIZE, cells.get(i));
            } else {
                c.right(x + widths[i] - 3, baseline, SIZE, cells.get(i));
            }
            x += widths[i];
        }
    }
}
