package org.hallkiosk.kiosk.progress;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only form in which the local store keeps an ID number or a query code. ID numbers get a salted, deliberately
 * slow hash (PBKDF2-HMAC-SHA256): they have little entropy (area, birth date, sequence), so a fast hash would be
 * reversible by trying them all. Query codes are short secrets bound to one case and checked only against that
 * case's row, so a keyed HMAC suffices. The salt is the store's own: hashes from one store are useless for another.
 */
final class IdentityHash {

    static final int ITERATIONS = 10_000;

    private final byte[] salt;

    IdentityHash(byte[] salt) {
        if (salt.length < 16) {
            throw new IllegalArgumentException("salt must be at least 16 bytes");
        }
        this.salt = salt.clone();
    }

    /** The hash of an ID number, normalised (trimmed, final x upper-cased) so that 11010…x and 11010…X agree. */
    String holder(String idNumber) {
        return hash("holder:" + idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** The hash of a receipt's query code, bound to its case so that equal codes of two cases differ. */
    String queryCode(String caseNumber, String queryCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("code:" + caseNumber + ":" + queryCode).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so the comparison's duration reveals nothing about the stored hash. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(String value) {
        PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), salt, ITERATIONS, 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
