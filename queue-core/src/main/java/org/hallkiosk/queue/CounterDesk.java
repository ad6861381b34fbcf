package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The counter's side of the queue: call the next visitor to a window, call again, finish, mark a no-show,
 * send to another line. Each action is one transaction on the shared database.
 */
public final class CounterDesk {

    /** Equal priorities in the order they joined; the id only breaks a tie of two lines joining at once. */
    static final String CALLING_ORDER = "priority DESC, queue_position, id";
    private static final int CALL_ATTEMPTS = 20;

    private final QueueDatabase db;
    private final LineCatalogue lines;
    private final QueueSettings settings;
    private final Clock clock;
    private final ServiceDay serviceDay;

    public CounterDesk(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock) {
        this.db = db;
        this.lines = lines;
        this.settings = settings;
        this.clock = clock;
        this.serviceDay = new ServiceDay(settings.dayStartsAt(), clock.getZone());
    }

    /**
     * Calls the next ticket to {@code window}: the highest priority, then the earliest in line, among the lines
     * the window serves ({@code line} if given, else every line whose windows in lines.yaml include it).
     *
     * @return the called ticket, or empty when nobody is waiting
     */
    public Optional<Ticket> call(int window, Optional<String> line) {
        return call(window, line.map(List::of).orElse(List.of()), Optional.empty());
    }

    /**
     * Calls the next ticket to {@code window} from {@code lines} (empty: the window's lines in lines.yaml), and
     * records {@code staff} (工号) as the one who called it.
     */
    public Optional<Ticket> call(int window, List<String> lines, Optional<String> staff) {
        checkWindow(window);
        checkStaff(staff);
        List<String> served = lines.isEmpty() ? linesOf(window) : lines.stream().map(this::knownLine).distinct().toList();
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.write(c -> {
            WindowState state = lockWindow(c, window, now);
            if (state.paused()) {
                throw new CounterException("window " + window + " is paused; resume it first: kioskctl queue resume --window " + window);
            }
            Optional<Ticket> busy = atWindow(c, day, window);
            if (busy.isPresent()) {
                throw new CounterException("window " + window + " is still on " + busy.get().number()
                        + ": finish it first (done, no-show or transfer)");
            }
            StringBuilder in = new StringBuilder();
            List<Object> args = new ArrayList<>(List.of(day, now.toEpochMilli()));
            for (String prefix : served) {
                in.append(in.length() == 0 ? "?" : ", ?");
                args.add(prefix);
            }
            // Another window may take the same ticket between the choice and the update (PostgreSQL, READ COMMITTED):
            // the update then changes nothing and the next one is chosen.
            for (int attempt = 0; attempt < CALL_ATTEMPTS; attempt++) {
                Optional<Ticket> next = TicketRows.one(c, "service_day = ? AND state = 'WAITING' AND eligible_at <= ? AND line_prefix IN ("
                        + in + ") ORDER BY " + CALLING_ORDER + " LIMIT 1", args.toArray());
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                Ticket t = next.get();
                if (TicketRows.update(c, "UPDATE ticket SET state = 'CALLED', window_no = ?, called_at = ?, staff_id = ? WHERE id = ? AND state = 'WAITING'",
                        window, now.toEpochMilli(), staff.orElse(null), t.id()) == 1) {
                    TicketRows.event(c, t, t.line(), "CALLED", window, now, staff);
                    return TicketRows.one(c, "id = ?", t.id());
                }
            }
            throw new CounterException("window " + window + ": other windows kept calling the same tickets; call again");
        });
    }

    /** Calls the window's current ticket again (the display and voice repeat it). */
    public Ticket recall(int window) {
        return recall(window, Optional.empty());
    }

    /** Calls the window's current ticket again, by {@code staff} (工号) if given. */
    public Ticket recall(int window, Optional<String> staff) {
        checkStaff(staff);
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.write(c -> {
            lockWindow(c, window, now);
            Ticket t = current(c, day, window);
            TicketRows.update(c, "UPDATE ticket SET recalls = recalls + 1 WHERE id = ?", t.id());
            TicketRows.event(c, t, t.line(), "RECALLED", window, now, staff);
            return t;
        });
    }

    /** The window has served its current ticket; its service time feeds the line's average. */
    public Ticket done(int window) {
        return done(window, Optional.empty());
    }

    /** The window has served its current ticket; {@code staff} (工号), if given, is recorded as who served it. */
    public Ticket done(int window, Optional<String> staff) {
        checkStaff(staff);
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.write(c -> {
            lockWindow(c, window, now);
            Ticket t = current(c, day, window);
            TicketRows.update(c, "UPDATE ticket SET state = 'DONE', finished_at = ?, staff_id = COALESCE(?, staff_id) WHERE id = ?",
                    now.toEpochMilli(), staff.orElse(null), t.id());
            sample(c, t, window, now);
            TicketRows.event(c, t, t.line(), "DONE", window, now, staff);
            return TicketRows.one(c, "id = ?", t.id()).orElseThrow();
        });
    }

    /** The visitor did not come: void the ticket, or put it back in line after a pause, as the 过号 policy says. */
    public NoShowOutcome noShow(int window) {
        return noShow(window, Optional.empty());
    }

    /** A no-show marked by {@code staff} (工号), if given. */
    public NoShowOutcome noShow(int window, Optional<String> staff) {
        checkStaff(staff);
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.write(c -> {
            lockWindow(c, window, now);
            Ticket t = current(c, day, window);
            int misses = t.misses() + 1;
            boolean requeue = settings.noShow() == NoShowPolicy.REQUEUE && misses <= settings.requeueLimit();
            if (!requeue) {
                TicketRows.update(c, "UPDATE ticket SET state = 'VOID', misses = ?, finished_at = ? WHERE id = ?", misses, now.toEpochMilli(), t.id());
                TicketRows.event(c, t, t.line(), "VOIDED", window, now, staff);
                return new NoShowOutcome(TicketRows.one(c, "id = ?", t.id()).orElseThrow(), true, Optional.empty());
            }
            Instant from = now.plus(Duration.ofMinutes(settings.requeueAfterMinutes()));
            long place = Positions.atEnd(c, day, now);
            TicketRows.update(c, "UPDATE ticket SET state = 'WAITING', misses = ?, eligible_at = ?, queue_position = ? WHERE id = ?",
                    misses, from.toEpochMilli(), place, t.id());
            TicketRows.event(c, t, t.line(), "REQUEUED", window, now, staff);
            return new NoShowOutcome(TicketRows.one(c, "id = ?", t.id()).orElseThrow(), false, Optional.of(from));
        });
    }

    /**
     * Sends the window's current ticket to another line, keeping its number and priority: at the end of that
     * line, or at its front with {@code front}. The time spent so far counts as a service of the first line.
     */
    public Ticket transfer(int window, String toLine, boolean front) {
        return transfer(window, toLine, front, Optional.empty());
    }

    /** A transfer made by {@code staff} (工号), if given. */
    public Ticket transfer(int window, String toLine, boolean front, Optional<String> staff) {
        checkStaff(staff);
        String target = knownLine(toLine);
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.write(c -> {
            lockWindow(c, window, now);
            Ticket t = current(c, day, window);
            if (t.line().equals(target)) {
                throw new CounterException(t.number() + " is already in line " + target);
            }
            long place = front ? Positions.atFront(c, day, now) : Positions.atEnd(c, day, now);
            sample(c, t, window, now);
            TicketRows.update(c, "UPDATE ticket SET state = 'WAITING', line_prefix = ?, queue_position = ?, eligible_at = ? WHERE id = ?",
                    target, place, now.toEpochMilli(), t.id());
            TicketRows.event(c, t, target, "TRANSFERRED", window, now, staff);
            return TicketRows.one(c, "id = ?", t.id()).orElseThrow();
        });
    }

    /** The ticket a window is on now, if any. */
    public Optional<Ticket> atWindow(int window) {
        String day = serviceDay.today(clock).toString();
        return db.read(c -> atWindow(c, day, window));
    }

    /** The queue today: each line's counts and average, and every ticket in number order. */
    public QueueStatus status() {
        Instant now = clock.instant();
        LocalDate day = serviceDay.of(now);
        LineMeasures measures = new LineMeasures(settings);
        return db.read(c -> {
            List<Ticket> tickets = TicketRows.list(c, "service_day = ? ORDER BY issued_on, sequence", day.toString());
            List<QueueStatus.LineCounts> counts = new ArrayList<>();
            for (QueueLine line : lines.lines()) {
                int waiting = 0;
                int called = 0;
                int served = 0;
                for (Ticket t : tickets) {
                    if (t.line().equals(line.prefix())) {
                        waiting += t.state() == TicketState.WAITING ? 1 : 0;
                        called += t.state() == TicketState.CALLED ? 1 : 0;
                        served += t.state() == TicketState.DONE ? 1 : 0;
                    }
                }
                counts.add(new QueueStatus.LineCounts(line.prefix(), line.name(), waiting, called, served,
                        measures.averageMinutes(c, line)));
            }
            return new QueueStatus(day, now, counts, tickets);
        });
    }

    /**
     * Pauses a window (暂停: a break, a staff change): it calls nobody until resumed; a ticket at the window stays
     * there to be finished.
     */
    public WindowState pause(int window, String reason) {
        checkWindow(window);
        Instant now = clock.instant();
        String why = reason == null ? "" : reason.strip();
        return db.write(c -> {
            lockWindow(c, window, now);
            TicketRows.update(c, "UPDATE counter_window SET paused = 1, pause_reason = ?, changed_at = ? WHERE window_no = ?",
                    why.isEmpty() ? null : why.substring(0, Math.min(200, why.length())), now.toEpochMilli(), window);
            return window(c, window, serviceDay.of(now).toString());
        });
    }

    /** Lets a paused window call again. */
    public WindowState resume(int window) {
        checkWindow(window);
        Instant now = clock.instant();
        return db.write(c -> {
            lockWindow(c, window, now);
            TicketRows.update(c, "UPDATE counter_window SET paused = 0, pause_reason = NULL, changed_at = ? WHERE window_no = ?",
                    now.toEpochMilli(), window);
            return window(c, window, serviceDay.of(now).toString());
        });
    }

    /** A window now: paused or not, and the ticket it is on. */
    public WindowState window(int window) {
        checkWindow(window);
        String day = serviceDay.today(clock).toString();
        return db.read(c -> window(c, window, day));
    }

    /** Every window that lines.yaml names or that has been used: paused or not, and its ticket. */
    public List<WindowState> windows() {
        String day = serviceDay.today(clock).toString();
        return db.read(c -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (QueueLine l : lines.lines()) {
                numbers.addAll(l.windows());
            }
            try (PreparedStatement p = c.prepareStatement("SELECT window_no FROM counter_window");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    numbers.add(r.getInt(1));
                }
            }
            for (Ticket t : TicketRows.list(c, "service_day = ? AND state = 'CALLED'", day)) {
                numbers.add(t.window());
            }
            List<WindowState> out = new ArrayList<>();
            for (int w : numbers) {
                out.add(window(c, w, day));
            }
            return out;
        });
    }

    /**
     * What a window's staff see: its ticket now, and the tickets waiting in the lines it serves ({@code line}, or
     * its lines in lines.yaml) in the order they will be called, at most {@code limit} of them.
     */
    public WindowQueue queueOf(int window, Optional<String> line, int limit) {
        checkWindow(window);
        List<String> served = line.map(this::knownLine).map(List::of).orElseGet(() -> linesOfOrEmpty(window));
        Instant now = clock.instant();
        String day = serviceDay.of(now).toString();
        return db.read(c -> {
            WindowState state = window(c, window, day);
            List<Ticket> waiting = new ArrayList<>();
            if (!served.isEmpty()) {
                StringBuilder in = new StringBuilder();
                List<Object> args = new ArrayList<>(List.of(day));
                for (String prefix : served) {
                    in.append(in.length() == 0 ? "?" : ", ?");
                    args.add(prefix);
                }
                args.add(Math.max(1, Math.min(500, limit)));
                waiting = TicketRows.list(c, "service_day = ? AND state = 'WAITING' AND line_prefix IN (" + in + ") ORDER BY "
                        + CALLING_ORDER + " LIMIT ?", args.toArray());
            }
            return new WindowQueue(state, served, waiting);
        });
    }

    private WindowState window(Connection c, int window, String day) throws SQLException {
        boolean paused = false;
        Optional<String> reason = Optional.empty();
        try (PreparedStatement p = c.prepareStatement("SELECT paused, pause_reason FROM counter_window WHERE window_no = ?")) {
            p.setInt(1, window);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    paused = r.getInt(1) != 0;
                    reason = Optional.ofNullable(r.getString(2));
                }
            }
        }
        return new WindowState(window, paused, reason, atWindow(c, day, window));
    }

    /**
     * Locks the window's row until the transaction ends, so that two actions at one window (a double click, two
     * browsers) happen one after the other; creates the row on the window's first action.
     */
    private WindowState lockWindow(Connection c, int window, Instant now) throws SQLException {
        checkWindow(window);
        String lock = "SELECT paused FROM counter_window WHERE window_no = ?" + db.dialect().forUpdate();
        long found = TicketRows.longValueOr(c, -1, lock, window);
        if (found < 0) {
            TicketRows.update(c, "INSERT INTO counter_window (window_no, paused, changed_at) VALUES (?, 0, ?)"
                    + " ON CONFLICT (window_no) DO NOTHING", window, now.toEpochMilli());
            found = TicketRows.longValueOr(c, 0, lock, window);
        }
        return new WindowState(window, found != 0, Optional.empty(), Optional.empty());
    }

    private Optional<Ticket> atWindow(Connection c, String day, int window) throws SQLException {
        return TicketRows.one(c, "service_day = ? AND state = 'CALLED' AND window_no = ?", day, window);
    }

    private Ticket current(Connection c, String day, int window) throws SQLException {
        checkWindow(window);
        return atWindow(c, day, window).orElseThrow(() -> new CounterException(
                "window " + window + " has no called ticket; call one first: kioskctl queue call --window " + window));
    }

    private void sample(Connection c, Ticket t, int window, Instant now) throws SQLException {
        long seconds = t.calledAt().map(at -> Duration.between(at, now).toSeconds()).orElse(0L);
        TicketRows.update(c, "INSERT INTO service_sample (ticket_id, line_prefix, window_no, seconds, finished_at) VALUES (?, ?, ?, ?, ?)",
                t.id(), t.line(), window, (int) Math.max(0, seconds), now.toEpochMilli());
    }

    private String knownLine(String prefix) {
        return lines.line(prefix).map(QueueLine::prefix).orElseThrow(() -> new CounterException(
                "no business line '" + prefix + "'; lines: " + String.join(", ", lines.lines().stream().map(QueueLine::prefix).toList())));
    }

    private List<String> linesOfOrEmpty(int window) {
        return lines.lines().stream().filter(l -> l.windows().contains(window)).map(QueueLine::prefix).toList();
    }

    private List<String> linesOf(int window) {
        List<String> served = lines.lines().stream().filter(l -> l.windows().contains(window)).map(QueueLine::prefix).toList();
        if (served.isEmpty()) {
            throw new CounterException("window " + window + " serves no line in lines.yaml; name one with --line");
        }
        return served;
    }

    /** A staff id (工号) is what a badge shows: 1 to 20 letters, digits or dashes. */
    private static void checkStaff(Optional<String> staff) {
        if (staff.isPresent() && !staff.get().matches("[A-Za-z0-9-]{1,20}")) {
            throw new IllegalArgumentException("a staff id (工号) is 1 to 20 letters, digits or dashes, not '" + staff.get() + "'");
        }
    }

    private static void checkWindow(int window) {
        if (window < 1 || window > 999) {
            throw new CounterException("a window number is 1 to 999, not " + window);
        }
    }
}
