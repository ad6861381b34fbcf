package org.hallkiosk.rating;

import java.time.Instant;

/** How a bad rating or a complaint was dealt with (差评整改): who, what was done, when. */
public record Handling(String by, String note, Instant at) {
}
