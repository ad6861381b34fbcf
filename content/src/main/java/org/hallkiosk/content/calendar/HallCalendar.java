package org.hallkiosk.content.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hallkiosk.content.model.TimeLimit;

/**
 * Working-day arithmetic for time limits (工作日), from the holidays and make-up working days in hall.yaml.
 *
 * <p>A working day is Monday to Friday unless it falls in a public holiday, plus any make-up working day
 * (调休上班, usually a Saturday or Sunday). Periods start the day after acceptance: the day of acceptance
 * itself is not counted (民法典 第二百零一条: 开始的当日不计入). Outside the years the calendar covers,
 * only weekends are known; {@link #covers(LocalDate)} tells callers when that is the case.
 */
public final class HallCalendar {

    private final List<CalendarYear> years;
    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> covered;

    /** A calendar over the given years (usually the current and the next). */
    public HallCalendar(List<CalendarYear> years) {
        this.years = List.copyOf(Objects.requireNonNull(years, "years"));
        Map<LocalDate, String> h = new HashMap<>();
        Set<LocalDate> w = new HashSet<>();
        Set<Integer> c = new TreeSet<>();
        for (CalendarYear y : this.years) {
            c.add(y.year());
            for (PublicHoliday p : y.holidays()) {
                for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                    h.put(d, p.name());
                }
            }
            w.addAll(y.makeUpWorkdays());
        }
        this.holidays = Map.copyOf(h);
        this.makeUpWorkdays = Set.copyOf(w);
        this.covered = Set.copyOf(c);
    }

    /** A calendar that knows no holidays: Monday to Friday are working days. */
    public static HallCalendar weekdaysOnly() {
        return new HallCalendar(List.of());
    }

    /** The years as configured, in file order. */
    public List<CalendarYear> years() {
        return years;
    }

    /** True when hall.yaml has this date's year, so holidays are known for it. */
    public boolean covers(LocalDate day) {
        return covered.contains(day.getYear());
    }

    /** True when the year is covered but only provisionally (its holiday notice was not yet published). */
    public boolean isProvisional(int year) {
        return years.stream().anyMatch(y -> y.year() == year && y.provisional());
    }

    /** True on a working day: a make-up working day, or a weekday that is not a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** True when the date is a make-up working day (调休上班). */
    public boolean isMakeUpWorkday(LocalDate day) {
        return makeUpWorkdays.contains(day);
    }

    /** The holiday's name (春节 …) when the date is inside a public holiday. */
    public Optional<String> holidayOn(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /**
     * The day on which {@code workingDays} working days have passed after {@code start}: start itself does
     * not count, so one working day after a Friday is the next Monday (if that is a working day).
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + workingDays);
        }
        LocalDate d = start;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in (start, end]: after {@code start}, up to and including {@code end}. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The last day of a time limit that starts on {@code acceptedOn}: 即办 is the same day. */
    public LocalDate dueDate(LocalDate acceptedOn, TimeLimit limit) {
        return switch (limit.unit()) {
            case ON_THE_SPOT -> acceptedOn;
            case CALENDAR_DAYS -> acceptedOn.plusDays(limit.amount());
            case WORKING_DAYS -> plusWorkingDays(acceptedOn, limit.amount());
        };
    }

    /**
     * The most calendar days that {@code workingDays} working days can take, over every start date in the
     * covered years (over one ordinary year when none is covered). Used to compare a promise in working
     * days with a statutory limit in calendar days, holidays included.
     */
    public int longestSpanOf(int workingDays) {
        int worst = 0;
        for (LocalDate start : sampleStarts()) {
            worst = Math.max(worst, (int) (plusWorkingDays(start, workingDays).toEpochDay() - start.toEpochDay()));
        }
        return worst;
    }

    /** The most working days that fit in {@code calendarDays} days after any start in the covered years. */
    public int mostWorkingDaysWithin(int calendarDays) {
        int best = 0;
        for (LocalDate start : sampleStarts()) {
            best = Math.max(best, workingDaysBetween(start, start.plusDays(calendarDays)));
        }
        return best;
    }

    private List<LocalDate> sampleStarts() {
        List<LocalDate> starts = new java.util.ArrayList<>();
        Set<Integer> ys = covered.isEmpty() ? Set.of(2001) : covered;
        for (int y : ys) {
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                starts.add(d);
            }
        }
        return starts;
    }
}
