package org.hallkiosk.kiosk.print.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.Receipt.Align;
import org.hallkiosk.device.printer.ReceiptFont;

/**
 * Lays out a {@link OneTimeNotice} for the receipt printer at the configured paper width: hall, item, a
 * checklist of materials with boxes to tick, time limits, fees, windows, a QR code to the item online and
 * the print time. Lines are wrapped here rather than by the encoder so that a material's second line hangs
 * under its name instead of under the box.
 */
public final class NoticeReceipt {

    /** Ideographic space: two columns wide on every Chinese printer, so indents line up under CJK text. */
    private static final char INDENT = '\u3000';
    /** A tick box every printer font draws the same size: the GB2312 □ is a small square on some models. */
    private static final String BOX = "[ ]";

    private final PrinterSettings settings;

    public NoticeReceipt(PrinterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The receipt for {@code notice}, ending in a cut. */
    public Receipt layout(OneTimeNotice notice) {
        int columns = settings.columns();
        Receipt.Builder r = Receipt.builder();
        for (String line : hanging("", notice.hallName(), 0, columns)) {
            r.add(new Receipt.Text(line, 1, 1, true, false, Align.CENTER));
        }
        r.add(new Receipt.Text(OneTimeNotice.TITLE, 2, 2, true, false, Align.CENTER));
        r.rule();
        for (String line : hanging("", notice.itemName(), 0, columns / 2)) {
            r.add(new Receipt.Text(line, 2, 2, true, false, Align.LEFT));
        }
        labelled(r, "事项编码：", notice.item().code(), columns);
        labelled(r, "办理部门：", notice.departmentName(), columns);
        r.rule();
        labelled(r, "承诺时限：", notice.promisedText(), columns);
        notice.statutoryText().ifPresent(s -> labelled(r, "法定时限：", s, columns));
        List<String> fees = notice.feeLines();
        labelled(r, "收　　费：", fees.get(0), columns);
        for (String more : fees.subList(1, fees.size())) {
            labelled(r, "　　　　　", more, columns);
        }
        labelled(r, "到现场：", notice.visitsText(), columns);
        r.rule();
        for (String line : hanging("", "申请材料（备好一项，在方框里打勾）", 0, columns)) {
            r.add(new Receipt.Text(line, 1, 1, true, false, Align.LEFT));
        }
        List<Material> materials = notice.materials();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            String head = BOX + " " + (i + 1) + ". ";
            int hang = width(head);
            for (String line : hanging(head, m.name(), hang, columns)) {
                r.text(line);
            }
            String indent = indent(hang);
            for (String line : hanging(indent, OneTimeNotice.counts(m), hang, columns)) {
                r.text(line);
            }
            for (String condition : OneTimeNotice.conditionText(m).stream().toList()) {
                for (String line : hanging(indent, "★" + condition, hang, columns)) {
                    r.add(new Receipt.Text(line, 1, 1, true, false, Align.LEFT));
                }
            }
        }
        r.rule();
        notice.windowsText().ifPresent(w -> labelled(r, "取号窗口：", w, columns));
        labelled(r, "办理地点：", notice.place(), columns);
        labelled(r, "办理时间：", notice.hours(), columns);
        notice.phones().consultationNumber().ifPresent(p -> labelled(r, "咨询电话：", p, columns));
        notice.phones().complaintNumber().ifPresent(p -> labelled(r, "投诉电话：", p, columns));
        r.rule();
        r.qr(notice.onlineUrl(), qrModule(), Receipt.QrErrorCorrection.M, Align.CENTER);
        centered(r, "手机扫码查看办事指南", columns);
        r.blank(1);
        centered(r, "打印时间：" + notice.printedAtText(), columns);
        centered(r, "以窗口审核为准，如有疑问请咨询服务台", columns);
        r.cut();
        return r.build();
    }

    /** Module size that keeps a portal URL's QR about 30 mm wide on either paper. */
    private int qrModule() {
        return settings.dotsPerLine() >= 500 ? 6 : 5;
    }

    private static void centered(Receipt.Builder r, String text, int columns) {
        for (String line : hanging("", text, 0, columns)) {
            r.text(line, Align.CENTER);
        }
    }

    private static void labelled(Receipt.Builder r, String label, String value, int columns) {
        for (String line : hanging(label, value, width(label), columns)) {
            r.text(line);
        }
    }

    /**
     * {@code head + text} wrapped to {@code columns}, continuation lines indented by {@code hang} columns.
     * A line never starts with closing punctuation (，。、）：；), which would look like a stray mark.
     */
    static List<String> hanging(String head, String text, int hang, int columns) {
        List<String> lines = new ArrayList<>();
        String indent = indent(Math.min(hang, columns / 2));
        StringBuilder line = new StringBuilder(head);
        int used = width(head);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = ReceiptFont.cellWidth(cp) / 12;
            if (used + w > columns) {
                String carry = "";
                if (closingPunctuation(cp) && line.length() > indent.length() + 1) {
                    // pull the last character down with the punctuation
                    int last = line.offsetByCodePoints(line.length(), -1);
                    carry = line.substring(last);
                    line.setLength(last);
                }
                lines.add(stripEnd(line.toString()));
                line.setLength(0);
                line.append(indent).append(carry);
                used = width(line.toString());
                if (cp == ' ') {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        lines.add(stripEnd(line.toString()));
        return lines;
    }

    /** Punctuation that must not begin a line (禁则). */
    static boolean closingPunctuation(int cp) {
        return "，。、）》」：；！？,.)".indexOf(cp) >= 0;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Columns {@code s} takes on the printer: one per ASCII character, two per other character. */
    static int width(String s) {
        return ReceiptFont.textWidth(s, 1) / 12;
    }

    private static String indent(int columns) {
        return String.valueOf(INDENT).repeat(columns / 2) + " ".repeat(columns % 2);
    }
}
