package org.hallkiosk.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Decides when the visitor has walked away: no touch for the configured timeout. */
public final class IdleTimer {

    private final Clock clock;
    private final Duration timeout;
    private Instant lastActivity;
    private Optional<Instant> notBefore = Optional.empty();

    public IdleTimer(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastActivity = clock.instant();
    }

    /** A touch, key or scan: the visitor is still there. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /**
     * The visit cannot time out within {@code hold} from now whatever the visitor does or does not touch: a ticket or a QR
     * code stays up long enough to be photographed. {@link #release()} ends it.
     */
    public void holdFor(Duration hold) {
        notBefore = Optional.of(clock.instant().plus(hold));
    }

    /** Back to the plain timeout after the last touch (the held screen was left). */
    public void release() {
        notBefore = Optional.empty();
    }

    public boolean expired() {
        return !clock.instant().isBefore(deadline());
    }

    /** Seconds left before the timeout, for a countdown hint; never negative. */
    public long secondsLeft() {
        long left = Duration.between(clock.instant(), deadline()).toSeconds();
        return Math.max(0, left);
    }

    private Instant deadline() {
        Instant afterTouch = lastActivity.plus(timeout);
        return notBefore.filter(held -> held.isAfter(afterTouch)).orElse(afterTouch);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The clock the timer reads (the kiosk's, adjustable in tests). */
    public Clock clock() {
        return clock;
    }
}
