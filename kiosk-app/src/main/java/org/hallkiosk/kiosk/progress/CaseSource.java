package org.hallkiosk.kiosk.progress;

/**
 * Where case data comes from: the local store or the centre's approval system. Implementations never throw for
 * a failed lookup and never block longer than their configured timeout; failures are {@link CaseLookup.Unavailable}.
 */
public interface CaseSource extends AutoCloseable {

    /** The case on a receipt, if the case number and query code match. */
    CaseLookup byReceipt(ReceiptKey key);

    /** The cases of the holder of an ID number (read from their card). The number is never logged or kept. */
    CaseLookup byHolder(String idNumber);

    /** A short description for logs and {@code kioskctl}, e.g. {@code local SQLite /var/lib/hallkiosk/progress.db}. */
    String describe();

    @Override
    default void close() {
    }
}
