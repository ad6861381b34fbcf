package org.hallkiosk.kiosk.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days (工作日) between dates. The hall calendar ({@code org.hallkiosk.content.calendar.HallCalendar},
 * holidays and 调休 from hall.yaml) is one: {@code calendar::workingDaysBetween}.
 */
@FunctionalInterface
public interface WorkingDays {

    /** Working days in (from, to]: after {@code from}, up to and including {@code to}; 0 when {@code to <= from}. */
    int between(LocalDate from, LocalDate to);

    /** Monday to Friday, no holidays known: what the kiosk counts when the catalogue has no calendar. */
    static WorkingDays mondayToFriday() {
        return (from, to) -> {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    n++;
                }
            }
            return n;
        };
    }
}
