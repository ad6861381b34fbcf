package org.hallkiosk.rating;

import java.util.Arrays;
import java.util.Locale;

/** 意见建议 or 投诉; the two letters start the reference number the visitor is given. */
public enum FeedbackCategory {
    SUGGESTION("suggestion", "JY", "意见建议", "Suggestion"),
    COMPLAINT("complaint", "TS", "投诉", "Complaint");

    private final String code;
    private final String prefix;
    private final String zh;
    private final String en;

    FeedbackCategory(String code, String prefix, String zh, String en) {
        this.code = code;
        this.prefix = prefix;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String prefix() {
        return prefix;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The category with this code. */
    public static FeedbackCategory of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst()
                .orElseThrow(() -> new RatingInputException("category must be suggestion (意见建议) or complaint (投诉), not '" + code + "'"));
    }
}
