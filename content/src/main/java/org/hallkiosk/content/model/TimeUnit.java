package org.hallkiosk.content.model;

import java.util.Optional;

/** The unit of a time limit (时限单位): working days, calendar days, or done on the spot (即办). */
public enum TimeUnit {
    WORKING_DAYS("工作日"),
    CALENDAR_DAYS("自然日"),
    ON_THE_SPOT("即办");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    /** The word used in content files and on screen. */
    public String label() {
        return label;
    }

    /** The unit spelled {@code label}, if any. */
    public static Optional<TimeUnit> ofLabel(String label) {
        for (TimeUnit u : values()) {
            if (u.label.equals(label)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
