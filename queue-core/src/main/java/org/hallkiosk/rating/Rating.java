package org.hallkiosk.rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored rating.
 *
 * @param id              the rating's reference (PJ…), used to mark it handled
 * @param callBackMasked  the call-back number masked (138****5678); the full one is sealed and opened only by staff
 */
public record Rating(String id, RatedService service, RatingLevel level, List<BadReason> reasons, Optional<String> text,
                     Optional<String> callBackMasked, String device, Instant ratedAt, Optional<Handling> handling) {

    /** A bad rating nobody has marked handled. */
    public boolean isOpen() {
        return level.isBad() && handling.isEmpty();
    }
}
