package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.privacy.Mask;

/**
 * A case as an import file states it, before the store hashes what must not be kept: the query code and the
 * applicant's ID number. The record itself already holds the masked name only.
 *
 * @param record           the case as it will be shown
 * @param queryCode        the receipt's query code
 * @param holderIdNumber   the applicant's ID number, when the case may be found by ID card
 */
public record ImportedCase(CaseRecord record, String queryCode, Optional<String> holderIdNumber) {

    public ImportedCase {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(queryCode, "queryCode");
        holderIdNumber = Objects.requireNonNullElse(holderIdNumber, Optional.empty());
    }

    public ReceiptKey receiptKey() {
        return new ReceiptKey(record.caseNumber(), queryCode);
    }

    @Override
    public String toString() {
        return "ImportedCase[caseNumber=" + record.caseNumber() + ", status=" + record.status()
                + ", holder=" + holderIdNumber.map(Mask::idNumber).orElse("-") + "]";
    }
}
