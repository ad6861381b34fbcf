package org.hallkiosk.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * What the queue keeps of a visitor who showed an ID card: a code keyed by the service day's key (from the identity
 * key file), which only matches within that day, the masked name for the ticket, and whether elder priority applies.
 * The card itself is not kept.
 */
public record Visitor(String personHash, String maskedName, boolean elder) {

    public Visitor {
        Objects.requireNonNull(personHash, "personHash");
        Objects.requireNonNull(maskedName, "maskedName");
    }

    /** No card shown. */
    public static Optional<Visitor> anonymous() {
        return Optional.empty();
    }
}
