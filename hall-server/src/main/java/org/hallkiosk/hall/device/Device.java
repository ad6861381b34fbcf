package org.hallkiosk.hall.device;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A named kiosk, counter or display of the hall, as the server knows it (never its token). */
public record Device(String name, Role role, Instant createdAt, Optional<Instant> revokedAt) {

    public Device {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
