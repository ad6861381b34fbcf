package org.hallkiosk.kiosk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hallkiosk.kiosk.print.notice.NoticeFont;
import org.hallkiosk.report.MonthlyFigures;

/**
 * The monthly report as an A4 PDF: laid out by {@link MonthlyReportLayout}, painted with PDFBox in the kiosk's CJK
 * font, embedded as a subset of exactly the characters the report uses. Everything is vector: text, boxes, lines.
 */
public final class MonthlyReportPdf {

    private final NoticeFont font;

    public MonthlyReportPdf(NoticeFont font) {
        this.font = font;
    }

    /** Writes the report of {@code figures} for {@code hall} to {@code out}; returns the number of pages. */
    public int write(MonthlyFigures figures, String hall, ZoneId zone, OutputStream out) throws IOException {
        ReportCanvas canvas = new ReportCanvas(this::unitWidth);
        new MonthlyReportLayout(canvas, hall, zone).lay(figures);
        Set<Integer> used = new TreeSet<>();
        for (List<ReportCanvas.Op> page : canvas.pages()) {
            for (ReportCanvas.Op op : page) {
                if (op instanceof ReportCanvas.Text t) {
                    t.text().codePoints().filter(font::canDraw).forEach(used::add);
                }
            }
        }
        used.add((int) ' ');
        used.add((int) '?');
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(hall + " " + figures.month() + " 运行月报");
            info.setCreator("HallKiosk kioskctl report monthly");
            PDFont pdfFont = font.subset(doc, used);
            for (List<ReportCanvas.Op> ops : canvas.pages()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (ReportCanvas.Op op : ops) {
                        paint(s, pdfFont, op);
                    }
                }
            }
            doc.save(out);
            return canvas.pages().size();
        }
    }

    private float unitWidth(String text) {
        return (float) text.codePoints().mapToDouble(cp -> font.canDraw(cp) ? font.advance(cp) : font.advance('?')).sum() / 1000f;
    }

    private void paint(PDPageContentStream s, PDFont pdfFont, ReportCanvas.Op op) throws IOException {
        float h = ReportCanvas.HEIGHT;
        if (op instanceof ReportCanvas.Box b) {
            colour(s, b.fill(), false);
            s.addRect(b.x(), h - b.y() - b.h(), b.w(), b.h());
            if (b.outline()) {
                colour(s, 0xB8C4D6, true);
                s.setLineWidth(0.6f);
                s.fillAndStroke();
            } else {
                s.fill();
            }
        } else if (op instanceof ReportCanvas.Line l) {
            colour(s, l.rgb(), true);
            s.setLineWidth(l.width());
            s.moveTo(l.x1(), h - l.y1());
            s.lineTo(l.x2(), h - l.y2());
            s.stroke();
        } else if (op instanceof ReportCanvas.Text t) {
            colour(s, t.rgb(), false);
            s.beginText();
            s.setFont(pdfFont, t.size());
            s.newLineAtOffset(t.x(), h - t.y());
            s.showText(drawable(t.text()));
            s.endText();
        }
    }

    /** What the font cannot draw becomes '?', rather than failing the whole report. */
    private String drawable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(font.canDraw(cp) ? cp : '?'));
        return b.toString();
    }

    private static void colour(PDPageContentStream s, int rgb, boolean stroke) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroke) {
            s.setStrokingColor(r, g, b);
        } else {
            s.setNonStrokingColor(r, g, b);
        }
    }
}
