package org.hallkiosk.hall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hallkiosk.hall.event.HallEvents;
import org.hallkiosk.hall.help.HelpDesk;
import org.hallkiosk.hall.help.HelpRequest;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the queue did into events on the stream. Calls and window changes go out at once; the waiting counts
 * per line ({@code lines}) are sent at most every {@value #LINES_EVERY_MILLIS} ms while something changes, since a
 * busy hall changes them many times a second and a display needs only the latest.
 *
 * <p>Events never carry a visitor's name: displays see numbers, never people.
 */
final class HallPublisher implements AutoCloseable {

    static final long LINES_EVERY_MILLIS = 250;
    static final long DAY_CHECK_MILLIS = 60_000;
    private static final int RECENT_CALLS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(HallPublisher.class);

    private final QueueServices queue;
    private final ApiJson json;
    private final HallEvents events;
    private final HelpDesk helpDesk;
    private final AtomicBoolean linesChanged = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    HallPublisher(QueueServices queue, ApiJson json, HallEvents events, HelpDesk helpDesk) {
        this.helpDesk = helpDesk;
        this.queue = queue;
        this.json = json;
        this.events = events;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-lines-events");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::publishLinesIfChanged, LINES_EVERY_MILLIS, LINES_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        // At the change of the hall's day the visitors' codes and masked names of past days are erased (docs/privacy.md).
        timer.scheduleWithFixedDelay(this::forgetPastDays, DAY_CHECK_MILLIS, DAY_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void forgetPastDays() {
        try {
            queue.desk().forgetPastDays();
        } catch (RuntimeException e) {
            LOG.warn("erasing past days' identity codes failed, tried again in a minute: {}", e.getMessage());
        }
    }

    /** A ticket joined the queue (issued online, or handed over after issuing offline). */
    void ticket(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", json.ticket(t, false));
        events.publish("ticket", ApiJson.write(m));
        linesChanged.set(true);
    }

    /** A call or recall: what the display shows large and announces. */
    void call(String type, Ticket t, int window) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("window", window);
        m.put("line", t.line());
        m.put("ticket", json.ticket(t, false));
        events.publish(type, ApiJson.write(m));
        linesChanged.set(true);
    }

    /** A ticket left its window: done, no-show, or transfer (then {@code extra} says where). */
    void finished(String type, Ticket t, int window, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("window", window);
        m.putAll(extra);
        m.put("ticket", json.ticket(t, false));
        events.publish(type, ApiJson.write(m));
        linesChanged.set(true);
    }

    /** A help call (呼叫工作人员) was made ({@code help}) or answered ({@code help-ack}). */
    void help(String type, HelpRequest r) {
        events.publish(type, ApiJson.write(Map.of("help", json.help(r))));
    }

    /** A window paused or resumed. */
    void window(WindowState w) {
        events.publish("window", ApiJson.write(json.window(w, false)));
    }

    /** The state a new stream starts from. */
    String snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceDay", queue.desk().today().toString());
        m.put("lines", json.lines(queue.desk().summaries()));
        List<Map<String, Object>> windows = new ArrayList<>();
        for (WindowState w : queue.counter().windows()) {
            windows.add(json.window(w, false));
        }
        m.put("windows", windows);
        List<Ticket> called = new ArrayList<>(queue.counter().status().tickets().stream()
                .filter(t -> t.calledAt().isPresent()).toList());
        called.sort(Comparator.comparing((Ticket t) -> t.calledAt().orElseThrow()).reversed());
        List<Map<String, Object>> recent = new ArrayList<>();
        for (Ticket t : called.subList(0, Math.min(RECENT_CALLS, called.size()))) {
            recent.add(json.ticket(t, false));
        }
        m.put("recentCalls", recent);
        List<Map<String, Object>> help = new ArrayList<>();
        for (HelpRequest r : helpDesk.open()) {
            help.add(json.help(r));
        }
        m.put("help", help);
        return ApiJson.write(m);
    }

    private void publishLinesIfChanged() {
        if (!linesChanged.getAndSet(false)) {
            return;
        }
        try {
            events.publish("lines", ApiJson.write(Map.of("lines", json.lines(queue.desk().summaries()))));
        } catch (RuntimeException e) {
            // The database is away for a moment: try again with the next change rather than stop the timer.
            linesChanged.set(true);
            LOG.warn("could not send waiting counts: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
