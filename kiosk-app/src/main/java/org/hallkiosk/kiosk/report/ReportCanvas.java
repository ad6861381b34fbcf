package org.hallkiosk.kiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The report's pages as drawing operations, laid out before any PDF exists: the text of every page is known (so
 * the font subset holds exactly its glyphs) and tests can read what was placed where. Coordinates are points from
 * the page's top-left corner.
 */
final class ReportCanvas {

    /** One thing drawn. */
    sealed interface Op permits Text, Box, Line {
    }

    /** Text with its left edge at x and its baseline at y. */
    record Text(float x, float y, float size, String text, int rgb) implements Op {
    }

    /** A filled rectangle, optionally outlined. */
    record Box(float x, float y, float w, float h, int fill, boolean outline) implements Op {
    }

    /** A straight line. */
    record Line(float x1, float y1, float x2, float y2, float width, int rgb) implements Op {
    }

    static final float WIDTH = 595.28f;
    static final float HEIGHT = 841.89f;
    static final float MARGIN = 40;
    static final int BLACK = 0x000000;
    static final int GREY = 0x666666;

    private final ToDoubleFunction<String> widthOf;
    private final List<List<Op>> pages = new ArrayList<>();
    private List<Op> page;

    /** {@code widthOf}: a string's advance width at size 1, in points. */
    ReportCanvas(ToDoubleFunction<String> widthOf) {
        this.widthOf = widthOf;
    }

    void newPage() {
        page = new ArrayList<>();
        pages.add(page);
    }

    List<List<Op>> pages() {
        return pages;
    }

    float width(String text, float size) {
        return (float) widthOf.applyAsDouble(text) * size;
    }

    void text(float x, float y, float size, String text) {
        text(x, y, size, text, BLACK);
    }

    void text(float x, float y, float size, String text, int rgb) {
        page.add(new Text(x, y, size, text, rgb));
    }

    void right(float rightEdge, float y, float size, String text) {
        text(rightEdge - width(text, size), y, size, text);
    }

    void centre(float middle, float y, float size, String text, int rgb) {
        text(middle - width(text, size) / 2, y, size, text, rgb);
    }

    void box(float x, float y, float w, float h, int fill) {
        page.add(new Box(x, y, w, h, fill, false));
    }

    void frame(float x, float y, float w, float h, int fill) {
        page.add(new Box(x, y, w, h, fill, true));
    }

    void line(float x1, float y1, float x2, float y2, float width, int rgb) {
        page.add(new Line(x1, y1, x2, y2, width, rgb));
    }
}
