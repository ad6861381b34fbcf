package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.content.calendar.CalendarYear;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.content.calendar.PublicHoliday;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final WorkingDays WEEKDAYS = WorkingDays.mondayToFriday();

    static CaseRecord inStatus(CaseStatus status, LocalDate promised, Optional<Boolean> overdue) {
        return new CaseRecord("62052400MZ-XK-0001", "事项", "", "部门", "张*", Optional.of(LocalDateTime.of(2026, 11, 20, 9, 0)),
                Optional.ofNullable(promised), status, "", Optional.empty(), List.of(), new Pickup.NotSet(), overdue);
    }

    @Test
    void countsWorkingDaysLeftSkippingTheWeekend() {
        Deadline d = Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, LocalDate.of(2026, 12, 4), Optional.empty()), FRIDAY, WEEKDAYS);
        assertThat(d).isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 12, 4), 5));
        Deadline monday = Deadline.of(inStatus(CaseStatus.ACCEPTED, LocalDate.of(2026, 11, 30), Optional.empty()), FRIDAY, WEEKDAYS);
        assertThat(monday).isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 11, 30), 1));
        Deadline today = Deadline.of(inStatus(CaseStatus.ACCEPTED, FRIDAY, Optional.empty()), FRIDAY, WEEKDAYS);
        assertThat(today).isEqualTo(new Deadline.OnTime(FRIDAY, 0));
    }

    @Test
    void pastThePromisedDateIsOverdueByWorkingDays() {
        Deadline d = Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, LocalDate.of(2026, 11, 24), Optional.empty()), FRIDAY, WEEKDAYS);
        assertThat(d).isEqualTo(new Deadline.Overdue(Optional.of(LocalDate.of(2026, 11, 24)), 3));
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, FRIDAY, Optional.empty()), sunday, WEEKDAYS))
                .as("only a weekend has passed").isEqualTo(new Deadline.Overdue(Optional.of(FRIDAY), 0));
    }

    @Test
    void theSourcesOwnVerdictWins() {
        assertThat(Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, LocalDate.of(2026, 12, 4), Optional.of(true)), FRIDAY, WEEKDAYS))
                .isInstanceOf(Deadline.Overdue.class);
        assertThat(Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, null, Optional.of(true)), FRIDAY, WEEKDAYS))
                .isEqualTo(new Deadline.Overdue(Optional.empty(), 0));
        assertThat(Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, LocalDate.of(2026, 11, 24), Optional.of(false)), FRIDAY, WEEKDAYS))
                .isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 11, 24), 0));
    }

    @Test
    void noCountdownBeforeAcceptanceAfterTheDecisionOrDuringASpecialProcedure() {
        LocalDate past = LocalDate.of(2026, 11, 1);
        assertThat(Deadline.of(inStatus(CaseStatus.SUBMITTED, null, Optional.empty()), FRIDAY, WEEKDAYS)).isInstanceOf(Deadline.NotStarted.class);
        for (CaseStatus done : List.of(CaseStatus.APPROVED, CaseStatus.REFUSED, CaseStatus.AWAITING_PICKUP, CaseStatus.MAILED,
                CaseStatus.DELIVERED, CaseStatus.NOT_ACCEPTED, CaseStatus.WITHDRAWN)) {
            assertThat(Deadline.of(inStatus(done, past, Optional.empty()), FRIDAY, WEEKDAYS)).as(done.name()).isInstanceOf(Deadline.Finished.class);
        }
        assertThat(Deadline.of(inStatus(CaseStatus.SPECIAL_PROCEDURE, past, Optional.empty()), FRIDAY, WEEKDAYS))
                .isEqualTo(new Deadline.Suspended(Optional.of(past)));
        assertThat(Deadline.of(inStatus(CaseStatus.UNDER_REVIEW, null, Optional.empty()), FRIDAY, WEEKDAYS)).isInstanceOf(Deadline.NoPromisedDate.class);
    }

    @Test
    void correctionCountsDownToTheSupplyDate() {
        CaseRecord c = new CaseRecord("62052400MZ-XK-0001", "事项", "", "", "", Optional.empty(), Optional.empty(),
                CaseStatus.CORRECTION_REQUIRED, "请补交", Optional.of(LocalDate.of(2026, 12, 3)), List.of(), null, null);
        Deadline d = Deadline.of(c, FRIDAY, WEEKDAYS);
        assertThat(d).isEqualTo(new Deadline.AwaitingMaterials(Optional.of(LocalDate.of(2026, 12, 3)), Optional.of(4)));
        Deadline late = Deadline.of(c, LocalDate.of(2026, 12, 4), WEEKDAYS);
        assertThat(((Deadline.AwaitingMaterials) late).workingDaysLeft()).isEmpty();
        assertThat(((Deadline.AwaitingMaterials) late).supplyDatePassed(LocalDate.of(2026, 12, 4))).isTrue();
    }

    @Test
    void theHallCalendarSkipsHolidaysAndCountsMakeUpDays() {
        // 2026 National Day: 10-01..10-07 off, Saturday 10-10 a make-up working day (illustrative).
        HallCalendar calendar = new HallCalendar(List.of(new CalendarYear(2026,
                List.of(new PublicHoliday("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))),
                List.of(LocalDate.of(2026, 10, 10)), false, "test")));
        WorkingDays hall = calendar::workingDaysBetween;
        LocalDate sept30 = LocalDate.of(2026, 9, 30);
        CaseRecord c = inStatus(CaseStatus.UNDER_REVIEW, LocalDate.of(2026, 10, 12), Optional.empty());
        // After 9-30: 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon = 4 working days.
        assertThat(Deadline.of(c, sept30, hall)).isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 10, 12), 4));
        assertThat(Deadline.of(c, sept30, WEEKDAYS)).isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 10, 12), 8));
    }
}
