package org.hallkiosk.kiosk.rating;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.rating.RatingOutcome;

/** What the visitor (or the technician) is told when a service cannot be rated, in Chinese or English. */
public final class RatingWords {

    private static final DateTimeFormatter WHEN_ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    public RatingWords(ZoneId zone) {
        this.zone = zone;
    }

    /** One sentence for a refusal; {@code english} picks the language. */
    public String say(RatingOutcome outcome, boolean english) {
        if (outcome instanceof RatingOutcome.AlreadyRated a) {
            return english ? a.label() + " was already rated on " + WHEN_EN.format(a.ratedAt().atZone(zone)) + "; each service is rated once."
                    : a.label() + " 已于 " + WHEN_ZH.format(a.ratedAt().atZone(zone)) + " 评价过，每次服务只能评价一次。";
        }
        if (outcome instanceof RatingOutcome.NotRateable n) {
            List<String> a = n.arguments();
            return switch (n.rule()) {
                case "unknown" -> english ? "No service found for '" + arg(a, 0) + "' today. Check the number on your ticket."
                        : "今天没有找到 " + arg(a, 0) + " 号的办理记录，请核对票上的号码。";
                case "not-finished" -> english ? arg(a, 0) + " has not been served yet; rate it after the window finishes."
                        : arg(a, 0) + " 号还没有办结，请在窗口办理完成后再评价。";
                case "not-today" -> english ? arg(a, 0) + " was served on " + arg(a, 1) + "; a ticket is rated on the day it was served."
                        : arg(a, 0) + " 号是 " + arg(a, 1) + " 办理的，取号办理只能在当天评价。";
                case "too-late" -> english ? "Case " + arg(a, 0) + " was concluded more than " + arg(a, 1) + " days ago; it can no longer be rated."
                        : "办件 " + arg(a, 0) + " 办结已超过 " + arg(a, 1) + " 天，不能再评价。";
                default -> n.rule();
            };
        }
        return english ? "Thank you for your rating." : "感谢您的评价！";
    }

    private static String arg(List<String> a, int i) {
        return i < a.size() ? a.get(i) : "";
    }
}
