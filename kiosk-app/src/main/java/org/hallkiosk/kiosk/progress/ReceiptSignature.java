package org.hallkiosk.kiosk.progress;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's signed receipt QR format: {@code HKQ1.<case number>.<query code>.<signature>}, where the signature is
 * the unpadded base64url HMAC-SHA256 of {@code HKQ1.<case number>.<query code>}. Case numbers and query codes never
 * contain '.', so the parts split unambiguously.
 */
public final class ReceiptSignature {

    /** The format's prefix and version. */
    public static final String PREFIX = "HKQ1";
    /** Shorter keys are refused: HMAC keys should carry at least 128 bits. */
    public static final int MIN_KEY_BYTES = 16;

    private static final int SIGNATURE_CHARS = 43; // 32 bytes in unpadded base64url

    private ReceiptSignature() {
    }

    /** The QR payload for a receipt, signed with {@code key}. */
    public static String sign(byte[] key, ReceiptKey receipt) {
        String body = PREFIX + "." + receipt.caseNumber() + "." + receipt.queryCode();
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, body));
    }

    /** The receipt in a signed payload, or empty when it is not one or its signature does not match. */
    public static Optional<ReceiptKey> verify(byte[] key, String payload) {
        if (payload == null || !payload.startsWith(PREFIX + ".") || payload.length() > 200) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 4 || parts[3].length() != SIGNATURE_CHARS || !ReceiptKey.isValid(parts[1], parts[2])) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] expected = mac(key, PREFIX + "." + parts[1] + "." + parts[2]);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new ReceiptKey(parts[1], parts[2])) : Optional.empty();
    }

    private static byte[] mac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
