package org.hallkiosk.kiosk.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The hall's clock: the machine's time, read in the hall's time zone (never the machine's default zone, which a
 * kiosk left on UTC would otherwise use for opening hours and the change of day).
 */
public final class HallClock {

    /** The variable that fixes the instant for rehearsals and tests, e.g. {@code 2026-11-27T09:30:00+08:00}. */
    public static final String FIXED_NOW = "HALLKIOSK_NOW";

    private HallClock() {
    }

    /**
     * The system clock in {@code zone}, or a clock standing at {@code HALLKIOSK_NOW} when that is set. The offset in
     * {@code HALLKIOSK_NOW} only says which instant is meant: the hall's times are still read in {@code zone}.
     *
     * @throws IllegalArgumentException when {@code HALLKIOSK_NOW} is not an ISO date-time with an offset
     */
    public static Clock of(ZoneId zone, Map<String, String> env) {
        String now = env.get(FIXED_NOW);
        if (now == null || now.isBlank()) {
            return Clock.system(zone);
        }
        try {
            return new AdjustableClock(OffsetDateTime.parse(now.strip()).toInstant(), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FIXED_NOW + " must look like 2026-11-27T09:30:00+08:00 (got " + now + ")", e);
        }
    }
}
