package org.hallkiosk.content.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice for the attract loop and home screen (公告). It shows from {@code from} to {@code until}
 * inclusive (either end open); {@code lineRefs} ties it to business lines so the queue screen of those lines
 * shows it too.
 */
public record Announcement(String id, String title, String body, LocalDate from, LocalDate until,
                           List<String> lineRefs, boolean pinned) {
    public Announcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        lineRefs = List.copyOf(lineRefs);
    }

    /** True when the notice should be shown on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** First day shown, if limited. */
    public Optional<LocalDate> fromDate() {
        return Optional.ofNullable(from);
    }

    /** Last day shown, if limited. */
    public Optional<LocalDate> untilDate() {
        return Optional.ofNullable(until);
    }
}
