package org.hallkiosk.content.model;

import java.time.LocalTime;
import java.util.Objects;

/** One continuous opening period of a day, e.g. 08:30–12:00. */
public record ServiceSession(LocalTime from, LocalTime to) {
    public ServiceSession {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a session must end after it starts: " + from + "–" + to);
        }
    }

    /** True when {@code time} falls inside [from, to). */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
