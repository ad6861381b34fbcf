package org.hallkiosk.report;

import java.util.Map;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingLevel;

/**
 * The month's ratings.
 *
 * @param byLevel      ratings per level
 * @param satisfaction the share rated 基本满意 or better (0 when there is no rating)
 * @param badByReason  bad ratings naming each reason (a rating may name several)
 * @param badHandled   bad ratings marked handled (已整改)
 * @param badOpen      bad ratings not yet handled, overdue ones included
 * @param badOverdue   open longer than {@code rating.handleWithinDays} when the report was made
 */
public record RatingFigures(Map<RatingLevel, Integer> byLevel, int total, double satisfaction, Map<BadReason, Integer> badByReason,
                            int bad, int badHandled, int badOpen, int badOverdue) {
}
