package org.hallkiosk.hall.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The hall's recent events in order, numbered as they are published: what live streams send, and what a client that
 * reconnects with the last id it saw is sent again. Only the last {@code capacity} events are kept; a client further
 * behind (or one whose id is from before a server restart) starts again from a snapshot.
 *
 * <p>Ids start at the server's start time in microseconds, so that ids of a later run are higher than any of an
 * earlier one and a client's stale id is recognised as such rather than matched to an unrelated event.
 */
public final class HallEvents {

    private final int capacity;
    private final ArrayDeque<HallEvent> ring;
    private final long firstId;
    private long lastId;
    private boolean closed;

    public HallEvents(int capacity, long startMicros) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.ring = new ArrayDeque<>(capacity);
        this.firstId = startMicros;
        this.lastId = startMicros;
    }

    /** Publishes an event and wakes every stream waiting for one. */
    public synchronized HallEvent publish(String type, String json) {
        HallEvent e = new HallEvent(++lastId, type, json);
        if (ring.size() == capacity) {
            ring.removeFirst();
        }
        ring.addLast(e);
        notifyAll();
        return e;
    }

    /** The id of the last event published (the start id before any). */
    public synchronized long lastId() {
        return lastId;
    }

    /**
     * The events after {@code id}, or empty when they cannot all be given: {@code id} is older than what is kept, or
     * is not an id of this run.
     */
    public synchronized Optional<List<HallEvent>> after(long id) {
        if (id < firstId || id > lastId) {
            return Optional.empty();
        }
        long oldestKept = ring.isEmpty() ? lastId + 1 : ring.peekFirst().id();
        if (id < oldestKept - 1) {
            return Optional.empty();
        }
        List<HallEvent> out = new ArrayList<>();
        Iterator<HallEvent> it = ring.descendingIterator();
        while (it.hasNext()) {
            HallEvent e = it.next();
            if (e.id() <= id) {
                break;
            }
            out.add(0, e);
        }
        return Optional.of(out);
    }

    /**
     * Waits until there are events after {@code id} or {@code timeoutMillis} pass; then as {@link #after(long)}
     * (an empty list when nothing happened in time).
     */
    public synchronized Optional<List<HallEvent>> awaitAfter(long id, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (lastId <= id && !closed) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return after(id);
    }

    /** Wakes every waiting stream for good: the server is stopping. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized boolean closed() {
        return closed;
    }
}
