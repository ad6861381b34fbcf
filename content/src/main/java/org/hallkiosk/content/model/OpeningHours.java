package org.hallkiosk.content.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The hall's sessions on a set of weekdays, e.g. 周一至周五 08:30–12:00, 14:00–17:30. */
public record OpeningHours(Set<DayOfWeek> days, List<ServiceSession> sessions) {
    public OpeningHours {
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
    }
}
