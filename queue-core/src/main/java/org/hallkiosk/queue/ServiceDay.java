package org.hallkiosk.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The hall's day: it starts at the configured time (midnight by default), and with it the numbering and
 * the identity salt start afresh.
 */
public record ServiceDay(LocalTime startsAt, ZoneId zone) {

    /** The service day that {@code instant} belongs to. */
    public LocalDate of(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return local.toLocalTime().isBefore(startsAt) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /** Today's service day by {@code clock}. */
    public LocalDate today(Clock clock) {
        return of(clock.instant());
    }

    /** The wall-clock time of {@code instant} in the hall. */
    public LocalTime timeOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).toLocalTime();
    }
}
