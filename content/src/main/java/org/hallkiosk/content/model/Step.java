package org.hallkiosk.content.model;

import java.util.Objects;
import java.util.Optional;

/** One step of the handling process (办理流程), e.g. 受理 with what happens there. */
public record Step(String name, String detail) {
    public Step {
        Objects.requireNonNull(name, "name");
    }

    /** What happens in this step, if described. */
    public Optional<String> detailText() {
        return Optional.ofNullable(detail);
    }
}
