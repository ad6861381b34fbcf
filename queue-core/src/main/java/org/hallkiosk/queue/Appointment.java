package org.hallkiosk.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking (预约) as the kiosk keeps it: its code (in the booking's QR code), line, day and slot, the holder's
 * masked name, and whether a card hash was given. The holder's ID number itself is never kept.
 *
 * @param ticketId the ticket issued at check-in, once checked in
 */
public record Appointment(String code, String line, LocalDate day, LocalTime from, LocalTime to,
                          Optional<String> maskedName, boolean identified, Optional<String> ticketId) {

    public Appointment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(ticketId, "ticketId");
    }

    public boolean checkedIn() {
        return ticketId.isPresent();
    }

    /** "09:00-09:30". */
    public String slot() {
        return from + "-" + to;
    }
}
