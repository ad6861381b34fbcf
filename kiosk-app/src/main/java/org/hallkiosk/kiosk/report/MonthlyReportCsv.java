package org.hallkiosk.kiosk.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.report.HeatMap;
import org.hallkiosk.report.LineFigures;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.RatingFigures;
import org.hallkiosk.report.WindowFigures;

/**
 * The report's tables as CSV files for a spreadsheet: lines, windows, the day × hour counts and the ratings. UTF-8
 * with a byte-order mark, because that is how Excel in a Chinese locale recognises UTF-8.
 */
public final class MonthlyReportCsv {

    private MonthlyReportCsv() {
    }

    /** Writes {@code lines.csv}, {@code windows.csv}, {@code heatmap.csv} and {@code ratings.csv} into {@code dir}; returns them. */
    public static List<Path> write(MonthlyFigures f, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of("line,name,issued,served,no_shows,transfers_in,avg_wait_min,p90_wait_min,avg_service_min,p90_service_min"));
        for (LineFigures l : f.lines()) {
            lines.add(String.join(",", l.prefix(), quote(l.name()), n(l.issued()), n(l.served()), n(l.noShows()), n(l.transfersIn()),
                    m(l.waiting().averageMinutes()), m(l.waiting().p90Minutes()), m(l.service().averageMinutes()), m(l.service().p90Minutes())));
        }
        written.add(write(dir.resolve("lines.csv"), lines));
        List<String> windows = new ArrayList<>(List.of("window,called,served,no_shows,transfers_out,avg_wait_min,p90_wait_min,avg_service_min,p90_service_min,ratings,satisfaction"));
        for (WindowFigures w : f.windows()) {
            windows.add(String.join(",", n(w.window()), n(w.called()), n(w.served()), n(w.noShows()), n(w.transfersOut()),
                    m(w.waiting().averageMinutes()), m(w.waiting().p90Minutes()), m(w.service().averageMinutes()), m(w.service().p90Minutes()),
                    n(w.ratings()), w.satisfaction().isPresent() ? String.format(Locale.ROOT, "%.4f", w.satisfaction().getAsDouble()) : ""));
        }
        written.add(write(dir.resolve("windows.csv"), windows));
        HeatMap h = f.heat();
        List<String> heat = new ArrayList<>();
        StringBuilder head = new StringBuilder("day");
        for (int hour = h.firstHour(); hour <= h.lastHour(); hour++) {
            head.append(',').append(hour).append(":00");
        }
        heat.add(head.toString());
        for (int d = 1; d <= h.days(); d++) {
            StringBuilder row = new StringBuilder(f.month().atDay(d).toString());
            for (int hour = h.firstHour(); hour <= h.lastHour(); hour++) {
                row.append(',').append(h.count(d, hour));
            }
            heat.add(row.toString());
        }
        written.add(write(dir.resolve("heatmap.csv"), heat));
        RatingFigures r = f.ratings();
        List<String> ratings = new ArrayList<>(List.of("kind,code,name,count"));
        for (RatingLevel l : RatingLevel.values()) {
            ratings.add(String.join(",", "level", n(l.value()), l.zh(), n(r.byLevel().get(l))));
        }
        for (BadReason b : BadReason.values()) {
            ratings.add(String.join(",", "reason", b.code(), b.zh(), n(r.badByReason().get(b))));
        }
        ratings.add("bad,handled,已整改," + r.badHandled());
        ratings.add("bad,open,待整改," + r.badOpen());
        ratings.add("bad,overdue,超期," + r.badOverdue());
        written.add(write(dir.resolve("ratings.csv"), ratings));
        return written;
    }

    private static Path write(Path file, List<String> rows) throws IOException {
        Files.writeString(file, "\uFEFF" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String n(int v) {
        return String.valueOf(v);
    }

    private static String m(double minutes) {
        return String.format(Locale.ROOT, "%.2f", minutes);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
