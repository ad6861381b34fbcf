package org.hallkiosk.queue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Lines with the same hours every weekday (and, if asked, at weekends): for a hall without a catalogue of
 * holidays, for the benchmark and for tests.
 */
public record FixedLineCatalogue(List<QueueLine> lines, List<OpenPeriod> hours, boolean weekends) implements LineCatalogue {

    public FixedLineCatalogue {
        lines = List.copyOf(lines);
        hours = List.copyOf(hours);
    }

    @Override
    public List<OpenPeriod> hoursOn(QueueLine line, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !weekends ? List.of() : hours;
    }
}
