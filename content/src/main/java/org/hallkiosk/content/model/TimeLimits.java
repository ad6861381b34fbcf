package org.hallkiosk.content.model;

import java.util.Objects;
import java.util.Optional;

/**
 * 法定办结时限 and 承诺办结时限 of an item. The statutory limit is absent where no law sets one
 * (户口迁移, for instance); the promised limit is the hall's own public promise and always present.
 */
public record TimeLimits(Optional<TimeLimit> statutory, TimeLimit promised) {
    public TimeLimits {
        Objects.requireNonNull(statutory, "statutory");
        Objects.requireNonNull(promised, "promised");
    }
}
