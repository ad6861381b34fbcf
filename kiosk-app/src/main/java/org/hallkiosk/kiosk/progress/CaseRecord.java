package org.hallkiosk.kiosk.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (办件) as the kiosk shows it. It never holds the applicant's full name or ID number: sources mask the name
 * with {@link org.hallkiosk.privacy.Mask#name} before building one, so nothing here can leak on screen or in a log.
 *
 * @param caseNumber         办件编号 / 申办流水号
 * @param itemName           the service item, e.g. 不动产转移登记
 * @param itemCode           its implementation or handling-item code; may be empty
 * @param department         the department handling it
 * @param maskedApplicant    the applicant's name, already masked (张*三); may be empty
 * @param acceptedAt         when it was accepted; empty while {@link CaseStatus#SUBMITTED}
 * @param promisedDate       承诺办结日期; empty when the source gives none
 * @param status             the current status
 * @param statusNote         what the status needs said: the reason for 不予受理, what to supply for 补正 …; may be empty
 * @param correctionDeadline the date by which missing materials must be supplied, for {@link CaseStatus#CORRECTION_REQUIRED}
 * @param steps              the steps so far, oldest first
 * @param pickup             how the result reaches the applicant
 * @param overdue            the source's own overdue verdict, when it gives one; otherwise the kiosk works it out
 */
public record CaseRecord(
        String caseNumber,
        String itemName,
        String itemCode,
        String department,
        String maskedApplicant,
        Optional<LocalDateTime> acceptedAt,
        Optional<LocalDate> promisedDate,
        CaseStatus status,
        String statusNote,
        Optional<LocalDate> correctionDeadline,
        List<CaseStep> steps,
        Pickup pickup,
        Optional<Boolean> overdue) {

    public CaseRecord {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(status, "status");
        itemName = Objects.requireNonNullElse(itemName, "");
        itemCode = Objects.requireNonNullElse(itemCode, "");
        department = Objects.requireNonNullElse(department, "");
        maskedApplicant = Objects.requireNonNullElse(maskedApplicant, "");
        acceptedAt = Objects.requireNonNullElse(acceptedAt, Optional.empty());
        promisedDate = Objects.requireNonNullElse(promisedDate, Optional.empty());
        statusNote = Objects.requireNonNullElse(statusNote, "");
        correctionDeadline = Objects.requireNonNullElse(correctionDeadline, Optional.empty());
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        pickup = Objects.requireNonNullElse(pickup, new Pickup.NotSet());
        overdue = Objects.requireNonNullElse(overdue, Optional.empty());
    }
}
