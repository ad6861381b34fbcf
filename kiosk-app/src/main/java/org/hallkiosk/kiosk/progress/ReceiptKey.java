package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the acceptance receipt gives the applicant to look a case up: the case number and its query code (查询码).
 * Both are restricted to the characters case numbers use, so nothing else ever reaches a source or a URL.
 */
public record ReceiptKey(String caseNumber, String queryCode) {

    /** Letters, digits and '-', as in 11440232MB2D06811W4000117051000202010200008 or 62052400MZ-XK-0001. */
    public static final Pattern CASE_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{3,63}");
    /** Letters and digits; receipts print 4 to 32 of them (usually 6 digits). */
    public static final Pattern QUERY_CODE = Pattern.compile("[0-9A-Za-z]{4,32}");

    public ReceiptKey {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(queryCode, "queryCode");
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new IllegalArgumentException("a case number is 4 to 64 letters, digits or '-'");
        }
        if (!QUERY_CODE.matcher(queryCode).matches()) {
            throw new IllegalArgumentException("a query code is 4 to 32 letters or digits");
        }
    }

    /** True when both parts are well formed. */
    public static boolean isValid(String caseNumber, String queryCode) {
        return caseNumber != null && queryCode != null
                && CASE_NUMBER.matcher(caseNumber).matches() && QUERY_CODE.matcher(queryCode).matches();
    }

    /** The query code is a secret of the receipt's holder: it stays out of logs. */
    @Override
    public String toString() {
        return "ReceiptKey[caseNumber=" + caseNumber + ", queryCode=" + "*".repeat(queryCode.length()) + "]";
    }
}
