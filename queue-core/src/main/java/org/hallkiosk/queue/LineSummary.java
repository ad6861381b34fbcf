package org.hallkiosk.queue;

import java.util.Optional;

/**
 * A line as the choose-a-line screen shows it: how many wait, how long a new ticket would wait, and — when it
 * is not issuing now — why.
 */
public record LineSummary(QueueLine line, int waiting, int estimatedWaitMinutes, Optional<Refusal> notIssuing) {

    public boolean issuing() {
        return notIssuing.isEmpty();
    }
}
