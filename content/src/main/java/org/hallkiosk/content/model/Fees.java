package org.hallkiosk.content.model;

import java.util.List;
import java.util.Objects;

/**
 * What an item costs: 不收费, a list of charges each with its legal basis, or — when the hall has not yet
 * confirmed a charge's basis — not stated, which screens show as "收费标准请咨询窗口".
 */
public record Fees(boolean free, List<Fee> charges) {
    public Fees {
        charges = List.copyOf(Objects.requireNonNull(charges, "charges"));
        if (free && !charges.isEmpty()) {
            throw new IllegalArgumentException("an item is either 不收费 or has charges, not both");
        }
    }

    /** 不收费. */
    public static Fees none() {
        return new Fees(true, List.of());
    }

    /** The given charges (at least one). */
    public static Fees of(List<Fee> charges) {
        if (charges.isEmpty()) {
            throw new IllegalArgumentException("use Fees.none() or Fees.notStated() for an item without charges");
        }
        return new Fees(false, charges);
    }

    /** Nothing stated in the content file. */
    public static Fees notStated() {
        return new Fees(false, List.of());
    }

    /** False when the content does not say whether the item costs anything. */
    public boolean stated() {
        return free || !charges.isEmpty();
    }
}
