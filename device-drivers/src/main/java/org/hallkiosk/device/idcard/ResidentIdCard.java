package org.hallkiosk.device.idcard;

import java.time.LocalDate;
import java.util.Objects;
import org.hallkiosk.privacy.Mask;

/** 居民身份证: the second-generation resident identity card. */
public record ResidentIdCard(
        String name,
        Gender gender,
        Nation nation,
        LocalDate birthDate,
        String address,
        String idNumber,
        String authority,
        Validity validity,
        WltPhoto photo) implements IdCard {

    public ResidentIdCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(photo, "photo");
    }

    @Override
    public CardType type() {
        return CardType.RESIDENT;
    }

    @Override
    public String toString() {
        return "ResidentIdCard[name=" + Mask.name(name) + ", idNumber=" + Mask.idNumber(idNumber)
                + ", gender=" + gender + ", nation=" + nation.label() + ", validTo=" + validity.untilText() + "]";
    }
}
