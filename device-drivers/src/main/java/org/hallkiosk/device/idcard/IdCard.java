package org.hallkiosk.device.idcard;

import java.time.LocalDate;

/**
 * A card read from the reader. Implementations hold full personal data and mask it in {@code toString()};
 * never log the accessors' values directly.
 */
public sealed interface IdCard permits ResidentIdCard, ForeignPermanentResidentCard, HkMacaoTaiwanResidencePermit {

    CardType type();

    /** The name as the card holds it; on a foreign permanent resident card, the English name. */
    String name();

    Gender gender();

    LocalDate birthDate();

    /** 公民身份号码, or the permanent residence card number. */
    String idNumber();

    Validity validity();

    WltPhoto photo();
}
