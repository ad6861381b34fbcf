package org.hallkiosk.kiosk.print.ticket;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.hallkiosk.device.printer.Receipt.Align;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.queue.NoShowPolicy;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.kiosk.queue.LineContent;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Ticket;

/**
 * The queue ticket (取号凭条) as a receipt: hall, line, the number very large, people ahead and the wait, windows,
 * time, the masked name when a card was read, a QR code to follow the queue, and the rules of the number.
 *
 * <p>Everything is printer text and the printer's own QR command — no pictures — so that a ticket stays under
 * 600 bytes on the wire (about 50 ms at 115200 baud); see docs/performance.md.
 */
public final class TicketLayout {

    /** Magnification of the number: 6 × 24 dots = 18 mm high on a 203 dpi head, readable at arm's length. */
    static final int NUMBER_SIZE = 6;
    /** QR module in dots: a 29-module code (a 40-character URL) is about 22 mm wide, easy for phone cameras. */
    static final int QR_MODULE = 6;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String hallName;
    private final ZoneId zone;
    private final QueueSettings settings;
    private final LineContent lines;

    public TicketLayout(String hallName, ZoneId zone, QueueSettings settings) {
        this(hallName, zone, settings, LineContent.none());
    }

    /** A layout that also prints where each line's windows are (floor and zone, from lines.yaml). */
    public TicketLayout(String hallName, ZoneId zone, QueueSettings settings, LineContent lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
        this.hallName = Objects.requireNonNull(hallName, "hallName");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The ticket for {@code ticket} waiting in {@code line} at {@code position}, its QR code pointing at {@code statusUrl}. */
    public Receipt receipt(Ticket ticket, QueueLine line, Position position, String statusUrl) {
        return build(ticket, line, position, statusUrl, false);
    }

    /** The same ticket printed later by staff (补打), marked as such. */
    public Receipt reprint(Ticket ticket, QueueLine line, Position position, String statusUrl) {
        return build(ticket, line, position, statusUrl, true);
    }

    private Receipt build(Ticket ticket, QueueLine line, Position position, String statusUrl, boolean reprint) {
        Receipt.Builder b = Receipt.builder()
                .add(new Receipt.Text(hallName, 1, 2, true, false, Align.CENTER))
                .add(new Receipt.Text(line.name(), 2, 2, true, false, Align.CENTER))
                .rule()
                .add(new Receipt.Text(ticket.number(), NUMBER_SIZE, NUMBER_SIZE, true, false, Align.CENTER))
                .add(new Receipt.Text(aheadText(position), 1, 2, true, false, Align.CENTER));
        String place = lines.place(line.prefix()).map(p -> p.zh() + " ").orElse("");
        if (!line.windows().isEmpty()) {
            b.add(new Receipt.Text("请到 " + place + line.windowsDisplay() + " 号窗口办理", 1, 1, false, false, Align.CENTER));
        } else if (!place.isEmpty()) {
            b.add(new Receipt.Text("办理地点：" + place.strip(), 1, 1, false, false, Align.CENTER));
        }
        if (ticket.priority() != Priority.NORMAL) {
            b.text(ticket.priority() == Priority.APPOINTMENT ? "预约优先" : "老年人优先", Align.CENTER);
        }
        ticket.maskedName().ifPresent(name -> b.text("取号人：" + name, Align.CENTER));
        b.text("取号时间：" + ticket.issuedAt().atZone(zone).format(ISSUED) + (reprint ? "（补打）" : ""), Align.CENTER)
                .qr(statusUrl, QR_MODULE, Receipt.QrErrorCorrection.M, Align.CENTER)
                .text("扫码查看排队进度", Align.CENTER)
                .rule()
                .text(rulesText(), Align.CENTER);
        if (!line.note().isBlank()) {
            b.text("温馨提示：" + line.note());
        }
        return b.cut().build();
    }

    static String aheadText(Position position) {
        if (position.ahead() == 0) {
            return "前面没有人等候，请留意叫号";
        }
        return "前面还有 " + position.ahead() + " 人，约等 " + position.estimatedWaitMinutes() + " 分钟";
    }

    /** 本号当日有效 / 过号作废 (or when a missed number comes back) / 请留意叫号. */
    String rulesText() {
        String missed = settings.noShow() == NoShowPolicy.VOID
                ? "过号作废"
                : "过号可在 " + settings.requeueAfterMinutes() + " 分钟后重新排队";
        return "本号当日有效，" + missed + "，请留意叫号";
    }
}
