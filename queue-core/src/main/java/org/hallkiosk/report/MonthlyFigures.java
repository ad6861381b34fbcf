package org.hallkiosk.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A month of the hall in numbers, for the monthly report: totals, each line, each window, when tickets were taken,
 * and the ratings.
 */
public record MonthlyFigures(YearMonth month, Instant madeAt, LineFigures totals, List<LineFigures> lines,
                             List<WindowFigures> windows, HeatMap heat, RatingFigures ratings) {

    /** Nothing happened in the month: no ticket, no call, no rating. */
    public boolean isEmpty() {
        return totals.issued() == 0 && totals.served() == 0 && windows.isEmpty() && ratings.total() == 0;
    }

    /** Windows by tickets served, most first (ties by window number). */
    public List<WindowFigures> windowsByLoad() {
        return windows.stream().sorted(Comparator.comparingInt(WindowFigures::served).reversed()
                .thenComparingInt(WindowFigures::window)).toList();
    }
}
