package org.hallkiosk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/** Gender as coded on the card (GB/T 2261.1). */
public enum Gender {
    UNKNOWN('0', "未知"),
    MALE('1', "男"),
    FEMALE('2', "女"),
    NOT_STATED('9', "未说明");

    private final char code;
    private final String label;

    Gender(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    /** The Chinese word printed on the card, e.g. 男. */
    public String label() {
        return label;
    }

    public static Optional<Gender> ofCode(char code) {
        return Arrays.stream(values()).filter(g -> g.code == code).findFirst();
    }
}
