package org.hallkiosk.device.manager;

import java.time.Duration;

/** Waits between reopen attempts of an offline device: {@code initial}, doubling up to {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
    }

    /** 1 s, 2 s, 4 s, 8 s, then every 15 s: an unplugged device is found again within 15 s of replugging. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));
    }

    /** The wait after {@code failures} consecutive failed checks (1 = the first failure). */
    public Duration after(int failures) {
        Duration d = initial;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
