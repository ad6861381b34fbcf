package org.hallkiosk.hall.help;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The help calls of the hall (呼叫工作人员): a kiosk asks, counters see a banner, one of them acknowledges. Kept in
 * the server's memory only: a call is worth something for minutes, so a server restart simply drops them (the
 * visitor presses again), and an unanswered call expires after {@link #EXPIRES}.
 *
 * <p>A kiosk has at most one open call: pressing again while nobody has answered returns the same call, so an
 * impatient visitor does not fill the counters' screens.
 */
public final class HelpDesk {

    /** How long an unanswered call stays up. */
    public static final Duration EXPIRES = Duration.ofMinutes(30);
    /** How long an answered call is still reported (so a page that reconnects sees it was answered). */
    static final Duration ANSWERED_KEPT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, HelpRequest> byId = new LinkedHashMap<>();
    private final AtomicLong next;

    public HelpDesk(Clock clock) {
        this.clock = clock;
        this.next = new AtomicLong(clock.millis());
    }

    /** The result of asking: the call, and whether it was already open. */
    public record Asked(HelpRequest request, boolean repeated) {
    }

    /** A kiosk asks for help; returns its open call if it has one. */
    public synchronized Asked ask(String device, String kiosk, Optional<String> location) {
        expire();
        for (HelpRequest r : byId.values()) {
            if (r.open() && r.device().equals(device)) {
                return new Asked(r, true);
            }
        }
        HelpRequest r = new HelpRequest("h" + Long.toString(next.incrementAndGet(), 36), device, kiosk, location,
                clock.instant(), 0, Optional.empty(), Optional.empty());
        byId.put(r.id(), r);
        return new Asked(r, false);
    }

    /**
     * A window answers a call. Answering one already answered changes nothing and returns it as it is (two windows
     * pressing at once: the first wins).
     */
    public synchronized Optional<HelpRequest> acknowledge(String id, int window, Optional<String> staff) {
        expire();
        HelpRequest r = byId.get(id);
        if (r == null) {
            return Optional.empty();
        }
        if (r.open()) {
            r = r.acknowledged(window, staff, clock.instant());
            byId.put(id, r);
        }
        return Optional.of(r);
    }

    /** Calls nobody has answered, oldest first. */
    public synchronized List<HelpRequest> open() {
        expire();
        List<HelpRequest> out = new ArrayList<>();
        for (HelpRequest r : byId.values()) {
            if (r.open()) {
                out.add(r);
            }
        }
        return out;
    }

    private void expire() {
        Instant now = clock.instant();
        byId.values().removeIf(r -> r.open()
                ? r.at().plus(EXPIRES).isBefore(now)
                : r.acknowledgedAt().orElseThrow().plus(ANSWERED_KEPT).isBefore(now));
    }
}
