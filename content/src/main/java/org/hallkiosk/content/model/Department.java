package org.hallkiosk.content.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A department stationed in the hall (进驻部门). {@code id} is the short key items refer to;
 * {@code shortName} is what fits on a tile (e.g. 市场监管).
 */
public record Department(String id, String name, String shortName, String place, Phones phones, String description) {
    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(phones, "phones");
    }

    /** Where in the hall the department sits (e.g. 二楼东区), if stated. */
    public Optional<String> placeText() {
        return Optional.ofNullable(place);
    }

    /** A short description for the department screen, if written. */
    public Optional<String> descriptionText() {
        return Optional.ofNullable(description);
    }
}
