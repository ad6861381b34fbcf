package org.hallkiosk.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Decides when the visitor has walked away: no touch for the configured timeout. */
public final class IdleTimer {

    private final Clock clock;
    private final Duration timeout;
    private Instant lastActivity;

    public IdleTimer(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastActivity = clock.instant();
    }

    /** A touch, key or scan: the visitor is still there. */
    public void activity() {
        lastActivity = clock.instant();
    }

    public boolean expired() {
        return !clock.instant().isBefore(lastActivity.plus(timeout));
    }

    /** Seconds left before the timeout, for a countdown hint; never negative. */
    public long secondsLeft() {
        long left = Duration.between(clock.instant(), lastActivity.plus(timeout)).toSeconds();
        return Math.max(0, left);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The clock the timer reads (the kiosk's, adjustable in tests). */
    public Clock clock() {
        return clock;
    }
}
