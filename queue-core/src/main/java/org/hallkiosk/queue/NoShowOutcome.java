package org.hallkiosk.queue;

import java.time.Instant;
import java.util.Optional;

/** What a 过号 did to the ticket: void, or back in line from {@code callableFrom}. */
public record NoShowOutcome(Ticket ticket, boolean voided, Optional<Instant> callableFrom) {
}
