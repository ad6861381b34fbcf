package org.hallkiosk.kiosk.ui.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.kiosk.progress.CaseRecord;

/**
 * What the 进度查询 flow holds about the visitor, kept in the {@link org.hallkiosk.kiosk.session.Session} so that a
 * wipe forgets it. Only masked data: the cases (applicant masked) and the card holder's masked name.
 *
 * @param cases        the cases found, the holder's list or the one receipt case
 * @param shown        the case on screen
 * @param maskedHolder the card holder's masked name when the cases came from an ID card; empty otherwise
 */
public record ProgressVisit(List<CaseRecord> cases, Optional<CaseRecord> shown, String maskedHolder) {

    public ProgressVisit {
        cases = List.copyOf(cases);
        Objects.requireNonNull(shown, "shown");
        maskedHolder = Objects.requireNonNullElse(maskedHolder, "");
    }
}
