package org.hallkiosk.content.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday period as the State Council notice states it, e.g. 春节 2026-02-15 to 2026-02-23 inclusive. */
public record PublicHoliday(String name, LocalDate from, LocalDate to) {
    public PublicHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(name + ": holiday ends before it starts");
        }
    }

    /** True when {@code day} is within the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
