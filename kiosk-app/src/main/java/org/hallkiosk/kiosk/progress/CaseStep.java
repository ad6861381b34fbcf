package org.hallkiosk.kiosk.progress;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One step a case went through (受理, 审查, 决定, 制证 …), as the timeline shows it.
 *
 * @param name       the step, e.g. 审查
 * @param department who did it
 * @param time       when it happened, if the source says
 * @param result     its result in the source's words (通过, 需补正 …); may be empty
 * @param note       a remark for the applicant; may be empty
 */
public record CaseStep(String name, String department, Optional<LocalDateTime> time, String result, String note) {

    public CaseStep {
        Objects.requireNonNull(name, "name");
        department = Objects.requireNonNullElse(department, "");
        time = Objects.requireNonNullElse(time, Optional.empty());
        result = Objects.requireNonNullElse(result, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
