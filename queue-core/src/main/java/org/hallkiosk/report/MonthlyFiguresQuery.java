package org.hallkiosk.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.Rating;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingLevel;

/**
 * Computes a month's figures from the queue database: tickets by the service day they were issued on, the
 * counters' events, service times, and the ratings given in the month (by the hall's clock).
 *
 * <p>Wait is issue to the ticket's first call and belongs to the line that issued it and the window that called it;
 * a transferred ticket's second wait is not counted. Service time is call to done or transfer, as the wait estimate
 * measures it. No-shows count every unanswered call (a requeued ticket can miss twice).
 */
public final class MonthlyFiguresQuery {

    private static final int DEFAULT_FIRST_HOUR = 8;
    private static final int DEFAULT_LAST_HOUR = 17;

    private final QueueDatabase db;
    private final RatingDesk ratings;
    private final Map<String, String> lineNames;
    private final Clock clock;

    /** {@code lineNames}: prefix to name, in the order lines are listed; lines seen in the data but not named are added. */
    public MonthlyFiguresQuery(QueueDatabase db, RatingDesk ratings, Map<String, String> lineNames, Clock clock) {
        this.db = db;
        this.ratings = ratings;
        this.lineNames = new LinkedHashMap<>(lineNames);
        this.clock = clock;
    }

    private record TicketRow(String id, String issuedOn, LocalDate day, Instant issuedAt) {
    }

    private record EventRow(String ticketId, String line, String kind, int window, Instant at) {
    }

    private record SampleRow(String line, int window, long seconds) {
    }

    /** The month's figures. */
    public MonthlyFigures of(YearMonth month) {
        ZoneId zone = clock.getZone();
        String first = month.atDay(1).toString();
        String last = month.atEndOfMonth().toString();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<TicketRow> tickets = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        List<SampleRow> samples = new ArrayList<>();
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, issued_on, service_day, issued_at FROM ticket"
                    + " WHERE service_day >= ? AND service_day <= ?")) {
                p.setString(1, first);
                p.setString(2, last);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        tickets.add(new TicketRow(r.getString(1), r.getString(2), LocalDate.parse(r.getString(3)), Instant.ofEpochMilli(r.getLong(4))));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT ticket_id, line_prefix, kind, window_no, at_time FROM ticket_event"
                    + " WHERE service_day >= ? AND service_day <= ? ORDER BY at_time")) {
                p.setString(1, first);
                p.setString(2, last);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), Instant.ofEpochMilli(r.getLong(5))));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT line_prefix, window_no, seconds FROM service_sample"
                    + " WHERE finished_at >= ? AND finished_at < ?")) {
                p.setLong(1, from.toEpochMilli());
                p.setLong(2, to.toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        samples.add(new SampleRow(r.getString(1), r.getInt(2), r.getLong(3)));
                    }
                }
            }
            return null;
        });
        List<Rating> rated = ratings.list(from, to, false);
        return figures(month, zone, tickets, events, samples, rated);
    }

    private MonthlyFigures figures(YearMonth month, ZoneId zone, List<TicketRow> tickets, List<EventRow> events,
                                   List<SampleRow> samples, List<Rating> rated) {
        TreeSet<String> prefixes = new TreeSet<>();
        tickets.forEach(t -> prefixes.add(t.issuedOn()));
        events.forEach(e -> prefixes.add(e.line()));
        List<String> order = new ArrayList<>(lineNames.keySet());
        prefixes.stream().filter(p -> !lineNames.containsKey(p)).forEach(order::add);

        Map<String, Counter> byLine = new HashMap<>();
        Map<Integer, Counter> byWindow = new TreeMap<>();
        Counter all = new Counter();
        Map<String, TicketRow> ticketById = new HashMap<>();
        for (TicketRow t : tickets) {
            ticketById.put(t.id(), t);
            byLine.computeIfAbsent(t.issuedOn(), k -> new Counter()).issued++;
            all.issued++;
        }
        Map<String, Boolean> calledOnce = new HashMap<>();
        for (EventRow e : events) {
            Counter line = byLine.computeIfAbsent(e.line(), k -> new Counter());
            Counter window = byWindow.computeIfAbsent(e.window(), k -> new Counter());
            switch (e.kind()) {
                case "CALLED" -> {
                    window.called++;
                    TicketRow t = ticketById.get(e.ticketId());
                    if (t != null && calledOnce.putIfAbsent(e.ticketId(), true) == null) {
                        long seconds = Math.max(0, e.at().getEpochSecond() - t.issuedAt().getEpochSecond());
                        byLine.computeIfAbsent(t.issuedOn(), k -> new Counter()).waits.add(seconds);
                        window.waits.add(seconds);
                        all.waits.add(seconds);
                    }
                }
                case "DONE" -> {
                    line.served++;
                    window.served++;
                    all.served++;
                }
                case "VOIDED", "REQUEUED" -> {
                    line.noShows++;
                    window.noShows++;
                    all.noShows++;
                }
                case "TRANSFERRED" -> {
                    line.transfers++;
                    window.transfers++;
                    all.transfers++;
                }
                default -> {
                    // RECALLED: the same call repeated, counted nowhere
                }
            }
        }
        for (SampleRow s : samples) {
            byLine.computeIfAbsent(s.line(), k -> new Counter()).services.add(s.seconds());
            byWindow.computeIfAbsent(s.window(), k -> new Counter()).services.add(s.seconds());
            all.services.add(s.seconds());
        }
        Map<Integer, int[]> ratedAtWindow = new HashMap<>();
        for (Rating r : rated) {
            if (r.service().window() > 0) {
                int[] c = ratedAtWindow.computeIfAbsent(r.service().window(), k -> new int[2]);
                c[0]++;
                c[1] += r.level().isSatisfied() ? 1 : 0;
            }
        }
        byWindow.remove(0); // events without a window (none today) would otherwise show as window 0
        List<LineFigures> lines = new ArrayList<>();
        for (String prefix : order) {
            Counter c = byLine.getOrDefault(prefix, new Counter());
            lines.add(c.line(prefix, lineNames.getOrDefault(prefix, prefix)));
        }
        List<WindowFigures> windows = new ArrayList<>();
        for (Map.Entry<Integer, Counter> w : byWindow.entrySet()) {
            int[] r = ratedAtWindow.getOrDefault(w.getKey(), new int[2]);
            Counter c = w.getValue();
            windows.add(new WindowFigures(w.getKey(), c.called, c.served, c.noShows, c.transfers, Durations.ofSeconds(c.waits),
                    Durations.ofSeconds(c.services), r[0], r[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) r[1] / r[0])));
        }
        return new MonthlyFigures(month, clock.instant(), all.line("", "全部业务 / all lines"), lines, windows,
                heat(month, zone, tickets), ratingFigures(rated));
    }

    private static HeatMap heat(YearMonth month, ZoneId zone, List<TicketRow> tickets) {
        int firstHour = DEFAULT_FIRST_HOUR;
        int lastHour = DEFAULT_LAST_HOUR;
        for (TicketRow t : tickets) {
            int h = ZonedDateTime.ofInstant(t.issuedAt(), zone).getHour();
            firstHour = Math.min(firstHour, h);
            lastHour = Math.max(lastHour, h);
        }
        HeatMap heat = new HeatMap(month.lengthOfMonth(), firstHour, lastHour);
        for (TicketRow t : tickets) {
            heat.add(t.day().getDayOfMonth(), ZonedDateTime.ofInstant(t.issuedAt(), zone).getHour());
        }
        return heat;
    }

    private RatingFigures ratingFigures(List<Rating> rated) {
        Map<RatingLevel, Integer> byLevel = new EnumMap<>(RatingLevel.class);
        for (RatingLevel l : RatingLevel.values()) {
            byLevel.put(l, 0);
        }
        Map<BadReason, Integer> reasons = new EnumMap<>(BadReason.class);
        for (BadReason b : BadReason.values()) {
            reasons.put(b, 0);
        }
        int satisfied = 0;
        int bad = 0;
        int handled = 0;
        int overdue = 0;
        for (Rating r : rated) {
            byLevel.merge(r.level(), 1, Integer::sum);
            satisfied += r.level().isSatisfied() ? 1 : 0;
            if (r.level().isBad()) {
                bad++;
                r.reasons().forEach(b -> reasons.merge(b, 1, Integer::sum));
                handled += r.handling().isPresent() ? 1 : 0;
                overdue += ratings.isOverdue(r) ? 1 : 0;
            }
        }
        return new RatingFigures(byLevel, rated.size(), rated.isEmpty() ? 0 : (double) satisfied / rated.size(), reasons,
                bad, handled, bad - handled, overdue);
    }

    /** Counts while reading. */
    private static final class Counter {
        int issued;
        int served;
        int noShows;
        int transfers;
        int called;
        final List<Long> waits = new ArrayList<>();
        final List<Long> services = new ArrayList<>();

        LineFigures line(String prefix, String name) {
            return new LineFigures(prefix, name, issued, served, noShows, transfers, Durations.ofSeconds(waits), Durations.ofSeconds(services));
        }
    }
}
