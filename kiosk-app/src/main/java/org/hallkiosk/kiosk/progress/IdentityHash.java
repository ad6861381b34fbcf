package org.hallkiosk.kiosk.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.hallkiosk.privacy.IdentityKey;

/**
 * The only form in which the local store keeps an ID number or a query code: HMAC-SHA256 under keys derived from
 * the identity key file, which is in no database. Without that file the codes in {@code progress.db} cannot be
 * matched to any ID number by trying them all (an ID number has little entropy; a salt stored beside the hashes
 * would not help). Unlike the queue's, these keys do not change each day: a case is looked up for weeks.
 */
final class IdentityHash {

    /** Purposes of the derived keys; a hall server holding the same key file derives the same codes. */
    static final String HOLDER = "progress/holder";
    static final String QUERY_CODE = "progress/query-code";

    private final IdentityKey key;

    IdentityHash(IdentityKey key) {
        this.key = key;
    }

    /** The code of an ID number, normalised (trimmed, final x upper-cased) so that 11010…x and 11010…X agree. */
    String holder(String idNumber) {
        return key.hash(HOLDER, idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** The code of a receipt's query code, bound to its case so that equal codes of two cases differ. */
    String queryCode(String caseNumber, String queryCode) {
        return key.hash(QUERY_CODE, caseNumber + ":" + queryCode);
    }

    /** Which key made the codes: stored with them, so that a store filled under another key is recognised. */
    String keyFingerprint() {
        return key.fingerprint();
    }

    /** Compares in constant time, so the comparison's duration reveals nothing about the stored hash. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
