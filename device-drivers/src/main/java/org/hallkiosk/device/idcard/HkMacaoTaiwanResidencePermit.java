package org.hallkiosk.device.idcard;

import java.time.LocalDate;
import java.util.Objects;
import org.hallkiosk.privacy.Mask;

/** 港澳台居民居住证 (type mark {@code J}): an 18-digit ID number (81/82/83…) plus the holder's travel permit number. */
public record HkMacaoTaiwanResidencePermit(
        String name,
        Gender gender,
        LocalDate birthDate,
        String address,
        String idNumber,
        String authority,
        Validity validity,
        String passNumber,
        int issueCount,
        WltPhoto photo) implements IdCard {

    public HkMacaoTaiwanResidencePermit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(passNumber, "passNumber");
        Objects.requireNonNull(photo, "photo");
        if (issueCount < 0) {
            throw new IllegalArgumentException("issueCount must not be negative");
        }
    }

    @Override
    public CardType type() {
        return CardType.HK_MACAO_TAIWAN;
    }

    @Override
    public String toString() {
        return "HkMacaoTaiwanResidencePermit[name=" + Mask.name(name) + ", idNumber=" + Mask.idNumber(idNumber)
                + ", gender=" + gender + ", validTo=" + validity.untilText() + "]";
    }
}
