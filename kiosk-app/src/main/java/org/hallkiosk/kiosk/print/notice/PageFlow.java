package org.hallkiosk.kiosk.print.notice;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Sets text top to bottom on A4 pages, starting a new page when the next line does not fit. Lines are
 * broken by measured width, between any two Chinese characters, never before closing punctuation.
 *
 * <p>Drawing is recorded, not written: only when the whole notice is laid out are the characters it uses
 * known, so that {@link #writeTo} can embed a font subset of exactly those glyphs.
 */
final class PageFlow {

    static final float MARGIN = 42f;
    static final float FOOTER_SPACE = 36f;
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    /** One drawing operation on a page. */
    private sealed interface Op permits Text, Line, Box, Fill {}

    private record Text(String text, float x, float baseline, float size, boolean bold, Color color) implements Op {}

    private record Line(float x1, float y1, float x2, float y2, float width, Color color) implements Op {}

    private record Box(float x, float y, float w, float h, float width) implements Op {}

    /** Filled rectangles drawn as one path (the QR code's dark runs). */
    private record Fill(float[] rects) implements Op {}

    private final NoticeFont glyphs;
    private final List<List<Op>> pages = new ArrayList<>();
    private final Set<Integer> used = new TreeSet<>();
    private float y;

    PageFlow(NoticeFont glyphs) {
        this.glyphs = glyphs;
        newPage();
    }

    float width() {
        return PAGE_WIDTH - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    float y() {
        return y;
    }

    int pageCount() {
        return pages.size();
    }

    /** Moves down by {@code points}, or to a new page if that would run into the footer. */
    void space(float points) {
        if (y - points < MARGIN + FOOTER_SPACE) {
            newPage();
        } else {
            y -= points;
        }
    }

    /** Makes sure {@code points} of height are left on this page, else starts the next one. */
    void keep(float points) {
        if (y - points < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    void newPage() {
        pages.add(new ArrayList<>());
        y = PAGE_HEIGHT - MARGIN;
    }

    /**
     * A paragraph at {@code x} (from the left margin) in a box {@code boxWidth} wide; continuation lines
     * start at {@code x + hang}.
     */
    void paragraph(String text, float x, float boxWidth, float hang, float size, boolean bold) {
        float lineHeight = size * 1.45f;
        List<String> lines = wrap(text, boxWidth, boxWidth - hang, size);
        for (int i = 0; i < lines.size(); i++) {
            keep(lineHeight);
            y -= lineHeight;
            show(lines.get(i), MARGIN + x + (i == 0 ? 0 : hang), y + size * 0.3f, size, bold, Color.BLACK);
        }
    }

    /** One line of text with its baseline at {@code baseline}, on the current page. */
    void show(String text, float x, float baseline, float size, boolean bold, Color color) {
        showOn(pages.size() - 1, text, x, baseline, size, bold, color);
    }

    /** One line of text on page {@code page} (0-based), e.g. a footer added once the page count is known. */
    void showOn(int page, String text, float x, float baseline, float size, boolean bold, Color color) {
        String drawable = drawable(text);
        drawable.codePoints().forEach(used::add);
        pages.get(page).add(new Text(drawable, x, baseline, size, bold, color));
    }

    /** A straight line on page {@code page}. */
    void lineOn(int page, float x1, float y1, float x2, float y2, float width, Color color) {
        pages.get(page).add(new Line(x1, y1, x2, y2, width, color));
    }

    /** A line on the current page. */
    void line(float x1, float y1, float x2, float y2, float width, Color color) {
        lineOn(pages.size() - 1, x1, y1, x2, y2, width, color);
    }

    /** An empty square (a tick box) on the current page. */
    void box(float x, float yBottom, float size, float lineWidth) {
        pages.get(pages.size() - 1).add(new Box(x, yBottom, size, size, lineWidth));
    }

    /** Filled rectangles (x, y, w, h quadruples) on the current page, black. */
    void fill(float[] rects) {
        pages.get(pages.size() - 1).add(new Fill(rects.clone()));
    }

    /** A thin horizontal rule across the text column, with some air around it. */
    void rule() {
        space(6);
        line(MARGIN, y, MARGIN + width(), y, 0.6f, Color.BLACK);
        space(4);
    }

    /** Width of {@code text} at {@code size} points. */
    float measure(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += glyphs.advance(glyphs.canDraw(cp) ? cp : missing());
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    /**
     * Splits {@code text} into lines: the first at most {@code first} wide, the rest at most {@code rest}.
     * Line breaks in the text start a new line.
     */
    List<String> wrap(String text, float first, float rest, float size) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            int lastSpace = -1;
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                float w = measure(new String(Character.toChars(cp)), size);
                float limit = lines.isEmpty() ? first : rest;
                if (used + w > limit && line.length() > 0) {
                    String carry = "";
                    if (cp < 0x80 && cp != ' ' && lastSpace > 0) {
                        carry = line.substring(lastSpace + 1);
                        line.setLength(lastSpace);
                    } else if (NoticeReceipt.closingPunctuation(cp) && line.length() > 1) {
                        int last = line.offsetByCodePoints(line.length(), -1);
                        carry = line.substring(last);
                        line.setLength(last);
                    }
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(carry);
                    used = measure(carry, size);
                    lastSpace = -1;
                    if (cp == ' ') {
                        i += Character.charCount(cp);
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
                i += Character.charCount(cp);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The text with characters the font lacks replaced by a visible mark, so no glyph is silently empty. */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (glyphs.canDraw(cp)) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(missing());
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private int missing() {
        return glyphs.canDraw('〓') ? '〓' : '?';
    }

    /** Adds the recorded pages to {@code doc}, set in a subset of the font holding only the characters used. */
    void writeTo(PDDocument doc) throws IOException {
        PDFont font = glyphs.subset(doc, used);
        for (List<Op> ops : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Op op : ops) {
                    draw(cs, font, op);
                }
            }
        }
    }

    private static void draw(PDPageContentStream cs, PDFont font, Op op) throws IOException {
        if (op instanceof Text t) {
            cs.setNonStrokingColor(t.color());
            cs.beginText();
            cs.setFont(font, t.size());
            if (t.bold()) {
                // the face has one weight; a thin outline stroke reads as bold on paper
                cs.setStrokingColor(t.color());
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(t.size() * 0.035f);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(t.x(), t.baseline());
            cs.showText(t.text());
            cs.endText();
        } else if (op instanceof Line l) {
            cs.setStrokingColor(l.color());
            cs.setLineWidth(l.width());
            cs.moveTo(l.x1(), l.y1());
            cs.lineTo(l.x2(), l.y2());
            cs.stroke();
        } else if (op instanceof Box b) {
            cs.setStrokingColor(Color.BLACK);
            cs.setLineWidth(b.width());
            cs.addRect(b.x(), b.y(), b.w(), b.h());
            cs.stroke();
        } else if (op instanceof Fill f) {
            cs.setNonStrokingColor(Color.BLACK);
            float[] r = f.rects();
            for (int i = 0; i + 3 < r.length; i += 4) {
                cs.addRect(r[i], r[i + 1], r[i + 2], r[i + 3]);
            }
            cs.fill();
        }
    }
}
