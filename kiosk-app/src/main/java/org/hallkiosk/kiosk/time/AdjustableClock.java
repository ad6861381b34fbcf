package org.hallkiosk.kiosk.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until moved: the walkthrough's fixed time and the tests' time machine. */
public final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public AdjustableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
