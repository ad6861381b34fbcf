package org.hallkiosk.content.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the applicant receives (办理结果): its name, kind (证照/批文/其他) and how it is delivered. */
public record Outcome(String name, String kind, List<String> delivery) {
    public Outcome {
        Objects.requireNonNull(name, "name");
        delivery = List.copyOf(Objects.requireNonNull(delivery, "delivery"));
    }

    /** 证照, 批文 or 其他, if stated. */
    public Optional<String> kindText() {
        return Optional.ofNullable(kind);
    }
}
