package org.hallkiosk.rating;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a visitor rated 不满意 or 非常不满意, by the areas the national practice groups bad ratings in (服务态度, 服务效率,
 * 服务规范, 办事指南, 环境设施). The standard's appendix A words each option in its own way; these codes are the
 * kiosk's, see docs/ratings.md for what was and was not verified.
 */
public enum BadReason {
    ATTITUDE("attitude", "服务态度不好", "Unfriendly staff"),
    WAITING("waiting", "等候时间太长", "Waited too long"),
    SLOW("slow", "办理效率低", "Service too slow"),
    NOT_TOLD_AT_ONCE("not-told-at-once", "没有一次性告知", "Not told everything at once"),
    IRREGULAR("irregular", "服务不规范", "Not done by the rules"),
    GUIDE_WRONG("guide-wrong", "办事指南不准确", "Service guide inaccurate"),
    FACILITIES("facilities", "环境设施不便利", "Facilities inconvenient"),
    OTHER("other", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    BadReason(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The reason with this code (case-insensitive). */
    public static BadReason of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code.equals(c)).findFirst()
                .orElseThrow(() -> new RatingInputException("unknown reason '" + code + "'; known: "
                        + Arrays.stream(values()).map(BadReason::code).collect(Collectors.joining(", "))));
    }
}
