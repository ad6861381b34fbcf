package org.hallkiosk.hall;

import java.util.Objects;
import java.util.Set;
import org.hallkiosk.hall.device.Role;

/**
 * One operation of the API: what the OpenAPI document lists and what the server registers, from the same table.
 *
 * @param path  Javalin's form, e.g. {@code /api/v1/windows/{window}/call}
 * @param roles the device roles allowed; empty for the public routes (health, the OpenAPI document)
 */
public record Route(String method, String path, Set<Role> roles, String summary) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(summary, "summary");
    }

    public boolean open() {
        return roles.isEmpty();
    }
}
