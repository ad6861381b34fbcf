package org.hallkiosk.device.idcard;

import java.time.LocalDate;
import java.util.Objects;
import org.hallkiosk.privacy.Mask;

/**
 * 外国人永久居留身份证 (2017 format, type mark {@code I}). {@code name} is the English name; {@code nationality} an
 * ISO 3166-1 alpha-3 code.
 */
public record ForeignPermanentResidentCard(
        String name,
        Gender gender,
        String idNumber,
        String nationality,
        String chineseName,
        LocalDate birthDate,
        Validity validity,
        String cardVersion,
        String authorityCode,
        WltPhoto photo) implements IdCard {

    public ForeignPermanentResidentCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(cardVersion, "cardVersion");
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(photo, "photo");
    }

    @Override
    public CardType type() {
        return CardType.FOREIGN_PERMANENT;
    }

    @Override
    public String toString() {
        return "ForeignPermanentResidentCard[name=" + Mask.name(name) + ", chineseName=" + Mask.name(chineseName)
                + ", idNumber=" + Mask.idNumber(idNumber) + ", gender=" + gender + ", nationality=" + nationality
                + ", validTo=" + validity.untilText() + "]";
    }
}
