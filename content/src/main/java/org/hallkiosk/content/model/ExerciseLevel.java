package org.hallkiosk.content.model;

import java.util.Optional;

/** 行使层级: the government level that exercises an item, with the national code (1 国家级 … 6 村(社区)级). */
public enum ExerciseLevel {
    NATIONAL(1, "国家级"),
    PROVINCIAL(2, "省级"),
    MUNICIPAL(3, "地市级"),
    COUNTY(4, "区县级"),
    TOWNSHIP(5, "乡镇(街道)级"),
    VILLAGE(6, "村(社区)级");

    private final int code;
    private final String label;

    ExerciseLevel(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The one-digit national code; it is also the level digit inside a 31-character implementation code. */
    public int code() {
        return code;
    }

    /** The name used in content files, e.g. 区县级. */
    public String label() {
        return label;
    }

    /** The level spelled {@code label} in a content file, if any. */
    public static Optional<ExerciseLevel> ofLabel(String label) {
        for (ExerciseLevel l : values()) {
            if (l.label.equals(label)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
