package org.hallkiosk.rating;

/** What the kiosk found when the visitor named a service to rate. */
public sealed interface Lookup {

    /** It can be rated. */
    record Rateable(RatedService service) implements Lookup {
    }

    /** It cannot: rated before, not finished, another day, unknown. */
    record Refused(RatingOutcome outcome) implements Lookup {
    }
}
