package org.hallkiosk.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the queue learns which business lines exist and when each is open; the hall's catalogue implements it. */
public interface LineCatalogue {

    /** Every line, in the order the kiosk shows them. */
    List<QueueLine> lines();

    /** The line's opening periods on {@code day}, in order; empty when it is closed all day (holiday, weekend). */
    List<OpenPeriod> hoursOn(QueueLine line, LocalDate day);

    /** The line with this prefix. */
    default Optional<QueueLine> line(String prefix) {
        return lines().stream().filter(l -> l.prefix().equals(prefix)).findFirst();
    }
}
