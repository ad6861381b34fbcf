package org.hallkiosk.content.model;

import java.util.Optional;

/** Consultation (咨询) and complaint (监督投诉) phone numbers; either may be absent at a given level. */
public record Phones(String consultation, String complaint) {

    /** No numbers at this level; the next level up answers. */
    public static Phones none() {
        return new Phones(null, null);
    }

    /** The consultation number, if set here. */
    public Optional<String> consultationNumber() {
        return Optional.ofNullable(consultation);
    }

    /** The complaint number, if set here. */
    public Optional<String> complaintNumber() {
        return Optional.ofNullable(complaint);
    }

    /** This level's numbers, each missing one taken from {@code fallback}. */
    public Phones orElse(Phones fallback) {
        return new Phones(consultation != null ? consultation : fallback.consultation,
                complaint != null ? complaint : fallback.complaint);
    }
}
