package org.hallkiosk.queue;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a day in which a business line serves visitors, e.g. 08:30–12:00. */
public record OpenPeriod(LocalTime from, LocalTime to) {

    public OpenPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an opening period must end after it starts: " + from + "-" + to);
        }
    }

    /** True when {@code time} is in [from, to). */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
