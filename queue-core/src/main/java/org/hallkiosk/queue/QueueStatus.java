package org.hallkiosk.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The queue of one service day as the counter and admin see it. */
public record QueueStatus(LocalDate serviceDay, Instant at, List<LineCounts> lines, List<Ticket> tickets) {

    public QueueStatus {
        lines = List.copyOf(lines);
        tickets = List.copyOf(tickets);
    }

    /** One line's numbers: waiting, at a window, served today, and the average service time now used for estimates. */
    public record LineCounts(String prefix, String name, int waiting, int called, int served, double averageServiceMinutes) {
    }
}
