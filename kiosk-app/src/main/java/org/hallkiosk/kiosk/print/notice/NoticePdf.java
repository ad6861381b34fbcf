package org.hallkiosk.kiosk.print.notice;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hallkiosk.content.model.Fee;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.Step;

/**
 * The one-time notice as an A4 PDF: the same facts as the receipt plus conditions, steps, fees with their
 * basis and the legal basis, set in a CJK TrueType font embedded as a subset, with a vector QR code and
 * page numbers when it runs over one page. One renderer holds one parsed {@link NoticeFont} and reuses it;
 * renders are serialised on the font, whose readers are not thread-safe.
 */
public final class NoticePdf {

    private static final float BODY = 11f;
    private static final float SMALL = 9.5f;
    private static final float HEADING = 13.5f;
    private static final float QR_SIZE = 100f;
    private static final float LABEL_WIDTH = 84f;
    private static final Color MUTED = new Color(0x44, 0x4c, 0x56);
    private static final Color HAIRLINE = new Color(0xb0, 0xb8, 0xc2);
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final NoticeFont font;

    public NoticePdf(NoticeFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** A rendered notice: the PDF's bytes and how many pages it has. */
    public record Rendered(byte[] bytes, int pages) {
    }

    /** Renders {@code notice} to PDF bytes. */
    public Rendered render(OneTimeNotice notice) {
        synchronized (font) {
            PageFlow flow = new PageFlow(font);
            header(flow, notice);
            facts(flow, notice);
            int section = 0;
            materials(flow, notice, NUMERALS[section++]);
            if (!notice.item().conditions().isEmpty()) {
                numbered(flow, NUMERALS[section++] + "、受理条件", notice.item().conditions());
            }
            if (!notice.item().steps().isEmpty()) {
                steps(flow, NUMERALS[section++] + "、办理流程", notice.item().steps());
            }
            fees(flow, notice, NUMERALS[section++] + "、收费标准与依据");
            if (!notice.item().legalBasis().isEmpty()) {
                numbered(flow, NUMERALS[section++] + "、设定依据", notice.item().legalBasis());
            }
            outcome(flow, notice.item(), NUMERALS[section] + "、办理结果");
            footers(flow, notice);
            try (PDDocument doc = new PDDocument()) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(OneTimeNotice.TITLE + " - " + notice.itemName());
                info.setCreator("HallKiosk");
                info.setSubject(notice.hallName());
                doc.setDocumentInformation(info);
                flow.writeTo(doc);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return new Rendered(out.toByteArray(), flow.pageCount());
            } catch (IOException e) {
                // everything is in memory: an IOException here is a PDFBox or font failure, not a disk problem
                throw new UncheckedIOException("cannot render the notice of " + notice.item().code(), e);
            }
        }
    }

    private void header(PageFlow flow, OneTimeNotice notice) {
        float top = flow.y();
        float qrX = flow.left() + flow.width() - QR_SIZE;
        flow.fill(qr(notice.onlineUrl(), qrX, top - QR_SIZE, QR_SIZE));
        String caption = "手机扫码查看";
        flow.show(caption, qrX + (QR_SIZE - flow.measure(caption, SMALL)) / 2, top - QR_SIZE - SMALL - 2, SMALL, false, MUTED);

        float textWidth = flow.width() - QR_SIZE - 20;
        flow.paragraph(notice.hallName(), 0, textWidth, 0, 12f, false);
        flow.space(4);
        flow.paragraph(OneTimeNotice.TITLE, 0, textWidth, 0, 24f, true);
        flow.space(4);
        flow.paragraph(notice.itemName(), 0, textWidth, 0, 17f, true);
        flow.paragraph("事项编码：" + notice.item().code() + "　　办理部门：" + notice.departmentName(), 0, textWidth, 0, SMALL, false);
        float qrBottom = top - QR_SIZE - SMALL - 8;
        if (flow.y() > qrBottom) {
            flow.space(flow.y() - qrBottom);
        }
        flow.rule();
    }

    private void facts(PageFlow flow, OneTimeNotice notice) {
        ServiceItem item = notice.item();
        fact(flow, "承诺时限", notice.promisedText()
                + item.timeLimits().promised().noteText().map(n -> "（" + n + "）").orElse(""));
        if (notice.statutoryText().isPresent()) {
            fact(flow, "法定时限", notice.statutoryText().get()
                    + item.timeLimits().statutory().flatMap(t -> t.noteText()).map(n -> "（" + n + "）").orElse(""));
        }
        fact(flow, "收　　费", notice.feeSummary());
        fact(flow, "到现场次数", notice.visitsText());
        notice.windowsText().ifPresent(w -> fact(flow, "取号窗口", w));
        fact(flow, "办理地点", notice.place());
        fact(flow, "办理时间", notice.hours());
        List<String> phones = new ArrayList<>();
        notice.phones().consultationNumber().ifPresent(p -> phones.add("咨询 " + p));
        notice.phones().complaintNumber().ifPresent(p -> phones.add("投诉 " + p));
        if (!phones.isEmpty()) {
            fact(flow, "电　　话", String.join("　　", phones));
        }
        flow.rule();
    }

    private void fact(PageFlow flow, String label, String value) {
        float lineHeight = BODY * 1.45f;
        List<String> lines = flow.wrap(value, flow.width() - LABEL_WIDTH, flow.width() - LABEL_WIDTH, BODY);
        flow.keep(lineHeight * Math.min(lines.size(), 2));
        for (int i = 0; i < lines.size(); i++) {
            flow.keep(lineHeight);
            float baseline = flow.y() - lineHeight + BODY * 0.3f;
            if (i == 0) {
                flow.show(label + "：", flow.left(), baseline, BODY, false, MUTED);
            }
            flow.show(lines.get(i), flow.left() + LABEL_WIDTH, baseline, BODY, false, Color.BLACK);
            flow.space(lineHeight);
        }
    }

    private void heading(PageFlow flow, String text) {
        flow.keep(HEADING * 1.6f + BODY * 3.2f);
        flow.space(6);
        flow.paragraph(text, 0, flow.width(), 0, HEADING, true);
        flow.space(2);
    }

    private void materials(PageFlow flow, OneTimeNotice notice, String numeral) {
        heading(flow, numeral + "、申请材料（备好一项，就在方框里打勾）");
        float boxColumn = 20;
        float numberColumn = 22;
        float countsColumn = 118;
        float nameX = boxColumn + numberColumn;
        float nameWidth = flow.width() - nameX - countsColumn - 8;
        float countsX = flow.left() + flow.width() - countsColumn;
        float lineHeight = BODY * 1.45f;
        float smallHeight = SMALL * 1.4f;
        List<Material> materials = notice.materials();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            List<String> name = flow.wrap(m.name(), nameWidth, nameWidth, BODY);
            List<String> notes = m.noteText().map(n -> flow.wrap(n, nameWidth, nameWidth, SMALL)).orElse(List.of());
            List<String> condition = OneTimeNotice.conditionText(m)
                    .map(c -> flow.wrap("★" + c, nameWidth, nameWidth, SMALL)).orElse(List.of());
            List<String> counts = flow.wrap(OneTimeNotice.counts(m), countsColumn, countsColumn, BODY);
            List<String> source = m.sourceText().map(src -> flow.wrap(src, countsColumn, countsColumn, SMALL)).orElse(List.of());
            float height = Math.max(name.size() * lineHeight + (notes.size() + condition.size()) * smallHeight,
                    counts.size() * lineHeight + source.size() * smallHeight) + 5;
            flow.keep(height);
            float top = flow.y();
            float boxSize = BODY * 0.95f;
            flow.box(flow.left() + 2, top - lineHeight + BODY * 0.22f, boxSize, 0.9f);
            flow.show((i + 1) + ".", flow.left() + boxColumn, top - lineHeight + BODY * 0.3f, BODY, false, Color.BLACK);
            float y = top;
            for (String line : name) {
                y -= lineHeight;
                flow.show(line, flow.left() + nameX, y + BODY * 0.3f, BODY, false, Color.BLACK);
            }
            for (String line : notes) {
                y -= smallHeight;
                flow.show(line, flow.left() + nameX, y + SMALL * 0.3f, SMALL, false, MUTED);
            }
            for (String line : condition) {
                y -= smallHeight;
                flow.show(line, flow.left() + nameX, y + SMALL * 0.3f, SMALL, true, Color.BLACK);
            }
            float cy = top;
            for (String line : counts) {
                cy -= lineHeight;
                flow.show(line, countsX, cy + BODY * 0.3f, BODY, false, Color.BLACK);
            }
            for (String line : source) {
                cy -= smallHeight;
                flow.show(line, countsX, cy + SMALL * 0.3f, SMALL, false, MUTED);
            }
            flow.space(height);
            flow.line(flow.left(), flow.y() + 2, flow.left() + flow.width(), flow.y() + 2, 0.3f, HAIRLINE);
        }
    }

    private void numbered(PageFlow flow, String title, List<String> entries) {
        heading(flow, title);
        for (int i = 0; i < entries.size(); i++) {
            String prefix = (i + 1) + ". ";
            flow.paragraph(prefix + entries.get(i), 0, flow.width(), flow.measure(prefix, BODY), BODY, false);
        }
    }

    private void steps(PageFlow flow, String title, List<Step> steps) {
        heading(flow, title);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String prefix = (i + 1) + ". ";
            flow.paragraph(prefix + s.name() + s.detailText().map(d -> "：" + d).orElse(""), 0, flow.width(),
                    flow.measure(prefix, BODY), BODY, false);
        }
    }

    private void fees(PageFlow flow, OneTimeNotice notice, String title) {
        heading(flow, title);
        List<Fee> charges = notice.item().fees().charges();
        if (charges.isEmpty()) {
            flow.paragraph(notice.feeLines().get(0), 0, flow.width(), 0, BODY, false);
            return;
        }
        for (int i = 0; i < charges.size(); i++) {
            Fee f = charges.get(i);
            String prefix = (i + 1) + ". ";
            float hang = flow.measure(prefix, BODY);
            flow.paragraph(prefix + f.name() + "：" + f.display(), 0, flow.width(), hang, BODY, false);
            f.conditionText().ifPresent(c -> flow.paragraph(c, hang, flow.width() - hang, 0, SMALL, false));
            flow.paragraph("收费依据：" + f.basis(), hang, flow.width() - hang, 0, SMALL, false);
        }
    }

    private void outcome(PageFlow flow, ServiceItem item, String title) {
        heading(flow, title);
        String kind = item.outcome().kindText().map(k -> "（" + k + "）").orElse("");
        String delivery = item.outcome().delivery().isEmpty() ? "" : "；领取方式：" + String.join("、", item.outcome().delivery());
        flow.paragraph(item.outcome().name() + kind + delivery, 0, flow.width(), 0, BODY, false);
    }

    /** Footer on every page: hall and print time, and 第 n 页 / 共 N 页 when there is more than one page. */
    private void footers(PageFlow flow, OneTimeNotice notice) {
        int pages = flow.pageCount();
        float baseline = PageFlow.MARGIN - 6;
        String left = notice.hallName() + "　打印时间 " + notice.printedAtText() + "　以窗口审核为准";
        for (int n = 0; n < pages; n++) {
            flow.lineOn(n, PageFlow.MARGIN, baseline + SMALL + 6, PageFlow.PAGE_WIDTH - PageFlow.MARGIN, baseline + SMALL + 6,
                    0.5f, HAIRLINE);
            flow.showOn(n, left, PageFlow.MARGIN, baseline, SMALL, false, MUTED);
            if (pages > 1) {
                String right = "第 " + (n + 1) + " 页 / 共 " + pages + " 页";
                flow.showOn(n, right, PageFlow.PAGE_WIDTH - PageFlow.MARGIN - flow.measure(right, SMALL), baseline, SMALL, false, MUTED);
            }
        }
    }

    /**
     * The QR code as rectangles (x, y, w, h), one per run of dark modules in a row: sharp at any zoom and a few
     * hundred bytes in the page.
     */
    static float[] qr(String payload, float x, float y, float size) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + payload.length() + " characters: " + e.getMessage(), e);
        }
        float module = size / m.getWidth();
        List<Float> rects = new ArrayList<>();
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                rects.add(x + start * module);
                rects.add(y + size - (row + 1) * module);
                rects.add((col - start) * module);
                rects.add(module);
            }
        }
        float[] out = new float[rects.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rects.get(i);
        }
        return out;
    }
}
