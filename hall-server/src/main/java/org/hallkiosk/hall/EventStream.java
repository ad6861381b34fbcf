package org.hallkiosk.hall;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.hall.event.HallEvent;
import org.hallkiosk.hall.event.HallEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's live event stream (Server-Sent Events). A client that sends {@code Last-Event-ID} (browsers do when
 * they reconnect by themselves) gets every event after it; a new client, or one too far behind, first gets a
 * {@code snapshot} of the hall and then the events after it. Each stream is written by its own thread, so a slow or
 * vanished client holds up nobody else; a comment every {@value #KEEP_ALIVE_MILLIS} ms keeps proxies from closing
 * an idle stream and finds dead clients.
 */
final class EventStream {

    static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final HallEvents events;
    private final Supplier<String> snapshot;

    EventStream(HallEvents events, Supplier<String> snapshot) {
        this.events = events;
        this.snapshot = snapshot;
    }

    /** Starts streaming to {@code client} from {@code lastEventId} (the header or the query parameter), if any. */
    void open(SseClient client, Device device, Optional<Long> lastEventId) {
        client.keepAlive();
        Thread t = new Thread(() -> run(client, lastEventId), "events-" + device.name());
        t.setDaemon(true);
        client.onClose(t::interrupt);
        t.start();
    }

    private void run(SseClient client, Optional<Long> lastEventId) {
        try {
            long cursor = lastEventId.filter(id -> events.after(id).isPresent()).orElseGet(() -> sendSnapshot(client));
            while (!client.terminated() && !events.closed()) {
                Optional<List<HallEvent>> next = events.awaitAfter(cursor, KEEP_ALIVE_MILLIS);
                if (next.isEmpty()) {
                    cursor = sendSnapshot(client); // fell behind what is kept
                    continue;
                }
                if (next.get().isEmpty()) {
                    client.sendComment("keep-alive");
                }
                for (HallEvent e : next.get()) {
                    client.sendEvent(e.type(), e.data(), Long.toString(e.id()));
                    cursor = e.id();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("event stream ended: {}", e.getMessage());
        } finally {
            client.close();
        }
    }

    /** Sends the hall's state, labelled with the id of the last event it already contains. */
    private long sendSnapshot(SseClient client) {
        long upTo = events.lastId();
        client.sendEvent("snapshot", snapshot.get(), Long.toString(upTo));
        return upTo;
    }
}
