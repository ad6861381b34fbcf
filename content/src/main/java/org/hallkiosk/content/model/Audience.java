package org.hallkiosk.content.model;

import java.util.Optional;

/** Who an item serves, in the national theme classification: 个人 (natural persons) or 法人 (legal persons). */
public enum Audience {
    PERSON("个人"),
    LEGAL_PERSON("法人");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    /** The word the content files and screens use: 个人 or 法人. */
    public String label() {
        return label;
    }

    /** The audience spelled {@code label} in a content file, if any. */
    public static Optional<Audience> ofLabel(String label) {
        for (Audience a : values()) {
            if (a.label.equals(label)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
