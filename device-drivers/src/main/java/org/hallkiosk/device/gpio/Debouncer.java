package org.hallkiosk.device.gpio;

import java.util.Optional;

/**
 * Turns a chattering level into a settled one: a new level counts only after it has held for its delay. The
 * delay can differ by direction (a presence sensor reports arrival fast and departure slowly). Pure logic with
 * caller-supplied times; not thread-safe.
 */
final class Debouncer {

    private final long toActiveNanos;
    private final long toInactiveNanos;
    private boolean settled;
    private boolean raw;
    private long rawSinceNanos;

    Debouncer(boolean initial, long toActiveNanos, long toInactiveNanos) {
        this.settled = initial;
        this.raw = initial;
        this.toActiveNanos = toActiveNanos;
        this.toInactiveNanos = toInactiveNanos;
    }

    /** Records the level seen at {@code nowNanos}; the same level again does not restart its clock. */
    void observe(boolean level, long nowNanos) {
        if (level != raw) {
            raw = level;
            rawSinceNanos = nowNanos;
        }
    }

    /** The new settled level if the raw level has now held long enough, else empty. */
    Optional<Boolean> settle(long nowNanos) {
        if (raw == settled || nowNanos - rawSinceNanos < delayFor(raw)) {
            return Optional.empty();
        }
        settled = raw;
        return Optional.of(settled);
    }

    boolean settled() {
        return settled;
    }

    /** How long the given level must hold before it counts. */
    long delayFor(boolean level) {
        return level ? toActiveNanos : toInactiveNanos;
    }
}
