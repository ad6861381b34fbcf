package org.hallkiosk.kiosk.progress;

import java.time.LocalDate;
import java.util.Optional;

/** What to tell the visitor about time: how many working days are left, or that the promise has been broken. */
public sealed interface Deadline {

    /** Submitted but not accepted: the time limit starts at acceptance. */
    record NotStarted() implements Deadline {
    }

    /** Decided or closed: no countdown any more. */
    record Finished() implements Deadline {
    }

    /** In a special procedure whose time does not count; the promised date moves on by its length. */
    record Suspended(Optional<LocalDate> promisedDate) implements Deadline {
    }

    /**
     * Waiting for the applicant's missing materials.
     *
     * @param supplyBy         the date they are due, if the source gives one
     * @param workingDaysLeft  working days until then (0 on the day itself); empty without a date or once it has passed
     */
    record AwaitingMaterials(Optional<LocalDate> supplyBy, Optional<Integer> workingDaysLeft) implements Deadline {
        /** True when the date for supplying materials has passed. */
        public boolean supplyDatePassed(LocalDate today) {
            return supplyBy.isPresent() && today.isAfter(supplyBy.get());
        }
    }

    /** Being handled; {@code workingDaysLeft} is 0 on the promised day itself. */
    record OnTime(LocalDate promisedDate, int workingDaysLeft) implements Deadline {
    }

    /**
     * Past the promised date (or the source says so); {@code workingDaysLate} may be 0 when only a weekend or holiday
     * has passed.
     */
    record Overdue(Optional<LocalDate> promisedDate, int workingDaysLate) implements Deadline {
    }

    /** Being handled but the source gives no promised date. */
    record NoPromisedDate() implements Deadline {
    }

    /** Works out the deadline of {@code c} on {@code today}, counting with {@code days}. */
    static Deadline of(CaseRecord c, LocalDate today, WorkingDays days) {
        return switch (c.status().phase()) {
            case BEFORE_ACCEPTANCE -> new NotStarted();
            case DECIDED, CLOSED -> new Finished();
            case SUSPENDED -> new Suspended(c.promisedDate());
            case WAITING_FOR_APPLICANT -> {
                Optional<LocalDate> by = c.correctionDeadline();
                Optional<Integer> left = by.filter(d -> !today.isAfter(d)).map(d -> days.between(today, d));
                yield new AwaitingMaterials(by, left);
            }
            case RUNNING -> running(c, today, days);
        };
    }

    private static Deadline running(CaseRecord c, LocalDate today, WorkingDays days) {
        if (c.promisedDate().isEmpty()) {
            return c.overdue().orElse(false) ? new Overdue(Optional.empty(), 0) : new NoPromisedDate();
        }
        LocalDate promised = c.promisedDate().get();
        boolean late = c.overdue().orElse(today.isAfter(promised));
        if (late) {
            return new Overdue(Optional.of(promised), today.isAfter(promised) ? days.between(promised, today) : 0);
        }
        return new OnTime(promised, today.isAfter(promised) ? 0 : days.between(today, promised));
    }
}
