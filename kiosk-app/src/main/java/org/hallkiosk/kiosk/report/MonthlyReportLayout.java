package org.hallkiosk.kiosk.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.report.Durations;
import org.hallkiosk.report.HeatMap;
import org.hallkiosk.report.LineFigures;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.RatingFigures;
import org.hallkiosk.report.WindowFigures;

/**
 * Lays the monthly report out on A4 pages: 1 the month at a glance and each line; 2 each window and 忙闲不均; 3 when
 * tickets were taken (day × hour); 4 ratings. Charts are boxes and lines — vectors, no images.
 */
final class MonthlyReportLayout {

    private static final int ACCENT = 0x2F5D9B;
    private static final int BAD = 0xC0392B;
    private static final int GOOD = 0x2E8B57;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportCanvas c;
    private final String hall;
    private final ZoneId zone;

    MonthlyReportLayout(ReportCanvas canvas, String hall, ZoneId zone) {
        this.c = canvas;
        this.hall = hall;
        this.zone = zone;
    }

    static String minutes(Durations d) {
        return d.count() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", d.averageMinutes());
    }

    static String p90(Durations d) {
        return d.count() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", d.p90Minutes());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    void lay(MonthlyFigures f) {
        float y = header(f, "运行月报 Monthly report");
        if (f.isEmpty()) {
            c.text(ReportCanvas.MARGIN, y + 40, 16, "本月没有数据 / No data for this month");
            c.text(ReportCanvas.MARGIN, y + 64, 10, "没有取号、叫号或评价记录。No tickets, calls or ratings were recorded in " + f.month() + ".",
                    ReportCanvas.GREY);
            footers();
            return;
        }
        overview(f, y);
        windows(f);
        heat(f);
        ratings(f);
        footers();
    }

    private float header(MonthlyFigures f, String what) {
        c.newPage();
        float x = ReportCanvas.MARGIN;
        c.text(x, 58, 18, hall + " " + f.month().getYear() + "年" + f.month().getMonthValue() + "月 " + what);
        c.text(x, 76, 9, "统计月份 month " + f.month() + " · 生成于 made " + MADE.format(f.madeAt().atZone(zone)) + " (" + zone + ")",
                ReportCanvas.GREY);
        c.line(x, 84, ReportCanvas.WIDTH - x, 84, 1.2f, ACCENT);
        return 96;
    }

    private void overview(MonthlyFigures f, float top) {
        LineFigures t = f.totals();
        RatingFigures r = f.ratings();
        String[][] tiles = {
            {"取号 issued", String.valueOf(t.issued())},
            {"办结 served", String.valueOf(t.served())},
            {"过号 no-shows", String.valueOf(t.noShows())},
            {"转办 transfers", String.valueOf(t.transfersIn())},
            {"平均等候 avg wait (分)", minutes(t.waiting())},
            {"P90 等候 wait (分)", p90(t.waiting())},
            {"平均办理 avg service (分)", minutes(t.service())},
            {"P90 办理 service (分)", p90(t.service())},
            {"评价 ratings", String.valueOf(r.total())},
            {"满意率 satisfaction", r.total() == 0 ? "—" : percent(r.satisfaction())},
            {"差评 bad ratings", String.valueOf(r.bad())},
            {"差评待整改 open", String.valueOf(r.badOpen())},
        };
        float w = (ReportCanvas.WIDTH - 2 * ReportCanvas.MARGIN - 3 * 8) / 4;
        float h = 46;
        for (int i = 0; i < tiles.length; i++) {
            float x = ReportCanvas.MARGIN + (i % 4) * (w + 8);
            float y = top + (i / 4) * (h + 8);
            c.frame(x, y, w, h, 0xF4F7FB);
            c.text(x + 6, y + 14, 8, tiles[i][0], ReportCanvas.GREY);
            c.text(x + 6, y + 36, 17, tiles[i][1], i == 11 && r.badOpen() > 0 ? BAD : ReportCanvas.BLACK);
        }
        float y = top + 3 * (h + 8) + 18;
        c.text(ReportCanvas.MARGIN, y, 12, "各业务线 By line");
        c.text(ReportCanvas.MARGIN + 110, y, 8, "等候 = 取号到首次叫号，办理 = 叫号到办结或转办（分钟）· wait: issue to 1st call; service: call to done (min)",
                ReportCanvas.GREY);
        List<List<String>> rows = new ArrayList<>();
        for (LineFigures l : f.lines()) {
            rows.add(lineRow(l.prefix() + " " + l.name(), l));
        }
        rows.add(lineRow("合计 total", t));
        ReportTable.draw(c, ReportCanvas.MARGIN, y + 8, new float[] {131, 42, 42, 42, 42, 46, 46, 46, 46.28f},
                List.of("业务 line", "取号", "办结", "过号", "转入", "平均等候", "P90等候", "平均办理", "P90办理"), rows);
    }

    private static List<String> lineRow(String label, LineFigures l) {
        return List.of(label, String.valueOf(l.issued()), String.valueOf(l.served()), String.valueOf(l.noShows()),
                String.valueOf(l.transfersIn()), minutes(l.waiting()), p90(l.waiting()), minutes(l.service()), p90(l.service()));
    }

    private void windows(MonthlyFigures f) {
        float y = header(f, "窗口 Windows");
        c.text(ReportCanvas.MARGIN, y + 12, 12, "各窗口 By window");
        List<List<String>> rows = new ArrayList<>();
        for (WindowFigures w : f.windows()) {
            rows.add(List.of("窗口 " + w.window(), String.valueOf(w.called()), String.valueOf(w.served()), String.valueOf(w.noShows()),
                    String.valueOf(w.transfersOut()), minutes(w.waiting()), minutes(w.service()), p90(w.service()), String.valueOf(w.ratings()),
                    w.satisfaction().isPresent() ? percent(w.satisfaction().getAsDouble()) : "—"));
        }
        y = ReportTable.draw(c, ReportCanvas.MARGIN, y + 20, new float[] {60, 46, 46, 46, 46, 52, 52, 52, 44, 71.28f},
                List.of("窗口", "叫号", "办结", "过号", "转出", "平均等候", "平均办理", "P90办理", "评价", "满意率"), rows);
        y += 28;
        c.text(ReportCanvas.MARGIN, y, 12, "忙闲不均 Busiest and idlest windows (办结数 served)");
        List<WindowFigures> load = f.windowsByLoad();
        int max = load.isEmpty() ? 0 : Math.max(1, load.get(0).served());
        float barLeft = ReportCanvas.MARGIN + 60;
        float barMax = ReportCanvas.WIDTH - ReportCanvas.MARGIN - barLeft - 40;
        y += 10;
        for (WindowFigures w : load) {
            c.text(ReportCanvas.MARGIN, y + 10, 8.5f, "窗口 " + w.window());
            float len = barMax * w.served() / max;
            c.box(barLeft, y + 2, Math.max(len, 0.5f), 10, w == load.get(0) ? ACCENT : 0x9DB4D6);
            c.text(barLeft + len + 4, y + 10, 8.5f, String.valueOf(w.served()));
            y += 14;
            if (y > ReportCanvas.HEIGHT - 120) {
                break;
            }
        }
        if (load.size() >= 2) {
            WindowFigures busiest = load.get(0);
            WindowFigures idlest = load.get(load.size() - 1);
            y += 14;
            String ratio = idlest.served() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", (double) busiest.served() / idlest.served());
            c.text(ReportCanvas.MARGIN, y, 10, "最忙 busiest: 窗口 " + busiest.window() + "，办结 " + busiest.served() + "，平均办理 "
                    + minutes(busiest.service()) + " 分  ·  最闲 idlest: 窗口 " + idlest.window() + "，办结 " + idlest.served()
                    + "，平均办理 " + minutes(idlest.service()) + " 分  ·  忙闲比 ratio " + ratio);
        }
    }

    private void heat(MonthlyFigures f) {
        float y = header(f, "时段 Busy hours");
        HeatMap h = f.heat();
        c.text(ReportCanvas.MARGIN, y + 12, 12, "取号热力图 Tickets issued by day and hour");
        int hours = h.lastHour() - h.firstHour() + 1;
        float left = ReportCanvas.MARGIN + 34;
        float cellW = Math.min(36, (ReportCanvas.WIDTH - ReportCanvas.MARGIN - left - 10) / hours);
        float cellH = 17;
        float top = y + 32;
        int max = Math.max(1, h.max());
        for (int hour = h.firstHour(); hour <= h.lastHour(); hour++) {
            c.centre(left + (hour - h.firstHour() + 0.5f) * cellW, top - 4, 7.5f, hour + "时", ReportCanvas.GREY);
        }
        for (int d = 1; d <= h.days(); d++) {
            float rowTop = top + (d - 1) * cellH;
            c.right(left - 4, rowTop + 12, 7.5f, d + "日");
            for (int hour = h.firstHour(); hour <= h.lastHour(); hour++) {
                int n = h.count(d, hour);
                float x = left + (hour - h.firstHour()) * cellW;
                c.box(x, rowTop, cellW - 1, cellH - 1, shade((double) n / max));
                if (n > 0) {
                    c.centre(x + cellW / 2, rowTop + 11.5f, 7, String.valueOf(n), n > max * 0.6 ? 0xFFFFFF : ReportCanvas.BLACK);
                }
            }
        }
        float bottom = top + h.days() * cellH + 16;
        c.text(ReportCanvas.MARGIN, bottom, 8, "颜色越深取号越多；最多 " + h.max() + " 张/小时。Darker = more tickets; the darkest cell is " + h.max() + ".",
                ReportCanvas.GREY);
    }

    /** White to the accent blue. */
    static int shade(double share) {
        int r = (int) Math.round(255 + (0x2F - 255) * share);
        int g = (int) Math.round(255 + (0x5D - 255) * share);
        int b = (int) Math.round(255 + (0x9B - 255) * share);
        return (r << 16) | (g << 8) | b;
    }

    private void ratings(MonthlyFigures f) {
        float y = header(f, "好差评 Ratings");
        RatingFigures r = f.ratings();
        c.text(ReportCanvas.MARGIN, y + 12, 12, "评价等级 Ratings by level  ·  共 " + r.total() + " 条，满意率 "
                + (r.total() == 0 ? "—" : percent(r.satisfaction())));
        c.text(ReportCanvas.MARGIN, y + 24, 8, "GB/T 39734 五级评价；满意率 = 基本满意及以上 ÷ 全部评价 (satisfaction: basically satisfied or better)",
                ReportCanvas.GREY);
        y += 8;
        int maxLevel = Math.max(1, r.byLevel().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        float barLeft = ReportCanvas.MARGIN + 120;
        float barMax = ReportCanvas.WIDTH - ReportCanvas.MARGIN - barLeft - 40;
        y += 24;
        for (RatingLevel l : RatingLevel.values()) {
            int n = r.byLevel().get(l);
            c.text(ReportCanvas.MARGIN, y + 10, 9, l.value() + " " + l.zh() + " " + l.en());
            float len = barMax * n / maxLevel;
            c.box(barLeft, y + 1, Math.max(len, 0.5f), 12, l.isBad() ? BAD : GOOD);
            c.text(barLeft + len + 4, y + 10, 9, String.valueOf(n));
            y += 18;
        }
        y += 20;
        c.text(ReportCanvas.MARGIN, y, 12, "差评原因 Bad ratings by reason  ·  差评 " + r.bad() + " 条（一条可选多个原因）");
        y += 10;
        int maxReason = Math.max(1, r.badByReason().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        for (BadReason b : BadReason.values()) {
            int n = r.badByReason().get(b);
            c.text(ReportCanvas.MARGIN, y + 10, 9, b.zh());
            float len = barMax * n / maxReason;
            c.box(barLeft, y + 1, Math.max(len, 0.5f), 12, BAD);
            c.text(barLeft + len + 4, y + 10, 9, String.valueOf(n));
            y += 18;
        }
        y += 20;
        c.text(ReportCanvas.MARGIN, y, 12, "差评整改 Handling of bad ratings");
        y += 8;
        ReportTable.draw(c, ReportCanvas.MARGIN, y, new float[] {200, 100, 100, 115.28f},
                List.of("状态 state", "已整改 handled", "待整改 open", "其中超期 overdue"),
                List.of(List.of("差评 bad ratings: " + r.bad(), String.valueOf(r.badHandled()), String.valueOf(r.badOpen()),
                        String.valueOf(r.badOverdue()))));
    }

    private void footers() {
        int total = c.pages().size();
        List<List<ReportCanvas.Op>> pages = c.pages();
        for (int i = 0; i < total; i++) {
            String text = "第 " + (i + 1) + " 页 / 共 " + total + " 页  ·  page " + (i + 1) + " of " + total;
            float x = (ReportCanvas.WIDTH - c.width(text, 8)) / 2;
            pages.get(i).add(new ReportCanvas.Text(x, ReportCanvas.HEIGHT - 24, 8, text, ReportCanvas.GREY));
        }
    }
}
