package org.hallkiosk.rating;

import java.time.Instant;
import java.util.List;

/** What became of a rating: recorded, refused because the service was rated before, or not rateable. */
public sealed interface RatingOutcome {

    /** Recorded. */
    record Recorded(Rating rating) implements RatingOutcome {
    }

    /** This service was rated before, at {@code ratedAt}: one rating per service. */
    record AlreadyRated(String label, Instant ratedAt) implements RatingOutcome {
    }

    /**
     * The service cannot be rated: {@code rule} is one of {@code unknown}, {@code not-finished}, {@code not-today},
     * {@code too-late}; {@code arguments} fill the sentence that says so.
     */
    record NotRateable(String rule, List<String> arguments) implements RatingOutcome {
    }
}
