package org.hallkiosk.rating;

import java.time.Instant;
import java.util.Optional;

/**
 * A suggestion or complaint as stored.
 *
 * @param reference     what the visitor was shown and given on paper, to ask about it later (JY-261127-7KQ3)
 * @param text          what they wrote, any ID or mobile number in it masked
 * @param contactMasked their contact number masked, if they gave one with consent
 */
public record Feedback(String reference, FeedbackCategory category, String text, Optional<String> contactMasked,
                       String device, Instant submittedAt, Optional<Handling> handling) {
}
