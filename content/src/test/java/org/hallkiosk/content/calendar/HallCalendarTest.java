package org.hallkiosk.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.model.TimeLimit;
import org.hallkiosk.content.model.TimeUnit;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic against the 2026 arrangement shipped in hall.yaml. */
class HallCalendarTest {

    private final HallCalendar cal = CatalogueLoader.bundled().calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void holidaysAndMakeUpDaysOf2026() {
        assertThat(cal.isWorkingDay(d("2026-10-01"))).isFalse();
        assertThat(cal.holidayOn(d("2026-10-07"))).contains("国庆节");
        assertThat(cal.isWorkingDay(d("2026-10-10"))).as("Saturday make-up day").isTrue();
        assertThat(cal.isWorkingDay(d("2026-09-20"))).as("Sunday make-up day").isTrue();
        assertThat(cal.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(cal.isWorkingDay(d("2026-02-23"))).as("Monday inside Spring Festival").isFalse();
        assertThat(cal.isWorkingDay(d("2026-10-17"))).as("ordinary Saturday").isFalse();
        assertThat(cal.isWorkingDay(d("2026-10-16"))).as("ordinary Friday").isTrue();
    }

    @Test
    void theDayOfAcceptanceIsNotCounted() {
        assertThat(cal.plusWorkingDays(d("2026-06-01"), 1)).isEqualTo(d("2026-06-02"));
        assertThat(cal.plusWorkingDays(d("2026-06-05"), 1)).as("Friday + 1 = Monday").isEqualTo(d("2026-06-08"));
        assertThat(cal.plusWorkingDays(d("2026-06-05"), 0)).isEqualTo(d("2026-06-05"));
    }

    @Test
    void countingAcrossNationalDaySkipsTheHolidayAndUsesTheMakeUpDay() {
        // 9/30 accepted; 10/1-7 off; 10/8 Thu = 1, 10/9 Fri = 2, 10/10 Sat (make-up) = 3.
        assertThat(cal.plusWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        assertThat(cal.workingDaysBetween(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
    }

    @Test
    void dueDatesByUnit() {
        LocalDate accepted = d("2026-02-13");
        assertThat(cal.dueDate(accepted, TimeLimit.onTheSpot())).isEqualTo(accepted);
        assertThat(cal.dueDate(accepted, new TimeLimit(60, TimeUnit.CALENDAR_DAYS, null))).isEqualTo(d("2026-04-14"));
        // 2/14 Sat make-up = 1, then the holiday to 2/23, 2/24 = 2, 2/25 = 3.
        assertThat(cal.dueDate(accepted, new TimeLimit(3, TimeUnit.WORKING_DAYS, null))).isEqualTo(d("2026-02-25"));
    }

    @Test
    void worstCaseSpanOfWorkingDaysIncludesTheLongestHoliday() {
        assertThat(cal.longestSpanOf(1)).isGreaterThanOrEqualTo(8);
        assertThat(cal.mostWorkingDaysWithin(7)).isEqualTo(6);
    }

    @Test
    void coverageAndProvisionalYears() {
        assertThat(cal.covers(d("2026-05-01"))).isTrue();
        assertThat(cal.covers(d("2028-05-01"))).isFalse();
        assertThat(cal.isProvisional(2027)).isTrue();
        assertThat(cal.isProvisional(2026)).isFalse();
        assertThat(cal.holidayOn(d("2027-02-06"))).contains("春节");
    }

    @Test
    void outsideTheCoveredYearsOnlyWeekendsAreKnown() {
        HallCalendar none = HallCalendar.weekdaysOnly();
        assertThat(none.isWorkingDay(d("2030-10-01"))).isTrue();
        assertThat(none.plusWorkingDays(d("2030-09-27"), 1)).isEqualTo(d("2030-09-30"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> cal.plusWorkingDays(d("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
