package org.hallkiosk.rating;

import java.util.Arrays;

/**
 * The five levels of 政务服务"好差评" (GB/T 39734-2020, 国办发〔2019〕51号): 5 is 非常满意 … 1 is 非常不满意. The two lowest
 * are 差评 and need at least one reason.
 */
public enum RatingLevel {
    VERY_SATISFIED(5, "非常满意", "Very satisfied"),
    SATISFIED(4, "满意", "Satisfied"),
    BASICALLY_SATISFIED(3, "基本满意", "Basically satisfied"),
    DISSATISFIED(2, "不满意", "Dissatisfied"),
    VERY_DISSATISFIED(1, "非常不满意", "Very dissatisfied");

    private final int value;
    private final String zh;
    private final String en;

    RatingLevel(int value, String zh, String en) {
        this.value = value;
        this.zh = zh;
        this.en = en;
    }

    public int value() {
        return value;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** 差评: 不满意 or 非常不满意. */
    public boolean isBad() {
        return value <= 2;
    }

    /** Counts towards the satisfaction rate: 非常满意, 满意 and 基本满意. */
    public boolean isSatisfied() {
        return value >= 3;
    }

    /** The level of a value 1-5. */
    public static RatingLevel of(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst()
                .orElseThrow(() -> new RatingInputException("level must be 1 (非常不满意) to 5 (非常满意), not " + value));
    }
}
