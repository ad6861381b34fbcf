package org.hallkiosk.device.idcard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The card's validity period. {@code until} is null for a long-term (长期) card.
 */
public record Validity(LocalDate from, LocalDate until) {

    /** How the card writes a long-term end date. */
    public static final String LONG_TERM = "长期";

    public Validity {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    public static Validity longTerm(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean isLongTerm() {
        return until == null;
    }

    /** The end as yyyy-MM-dd, or 长期. */
    public String untilText() {
        return until == null ? LONG_TERM : until.toString();
    }

    /** Whether the card has expired by {@code day} (it is valid through its last day). */
    public boolean isExpiredOn(LocalDate day) {
        return until != null && day.isAfter(until);
    }
}
