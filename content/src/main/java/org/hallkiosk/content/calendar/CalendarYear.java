package org.hallkiosk.content.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One year of the holiday arrangement: the holiday periods (放假) and the make-up working days (调休上班).
 * {@code provisional} marks a year whose State Council notice was not yet published when the content was
 * written: only the statutory holidays are in it and no make-up days.
 */
public record CalendarYear(int year, List<PublicHoliday> holidays, List<LocalDate> makeUpWorkdays,
                           boolean provisional, String source) {
    public CalendarYear {
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays"));
        makeUpWorkdays = List.copyOf(Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays"));
    }
}
