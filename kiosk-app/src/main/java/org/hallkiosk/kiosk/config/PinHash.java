package org.hallkiosk.kiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin PIN, kept only as a salted PBKDF2-HMAC-SHA256 hash: {@code pbkdf2-sha256$iterations$salt$hash}.
 */
public final class PinHash {

    /** The PIN a kiosk accepts until an operator sets one; admin warns while it is in use. */
    public static final String FACTORY_PIN = "000000";

    private static final int ITERATIONS = 120_000;
    private static final Pattern FORMAT = Pattern.compile("pbkdf2-sha256\\$(\\d{4,7})\\$([A-Za-z0-9+/=]{16,})\\$([A-Za-z0-9+/=]{32,})");
    private static final Pattern PIN = Pattern.compile("\\d{4,12}");

    private PinHash() {
    }

    /** True for a PIN the pad can type: 4 to 12 digits. */
    public static boolean isValidPin(String pin) {
        return pin != null && PIN.matcher(pin).matches();
    }

    /** A new hash of {@code pin} with a fresh random salt. */
    public static String hash(String pin, SecureRandom random) {
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 12 digits");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(pin, salt, ITERATIONS));
    }

    static boolean isWellFormed(String hash) {
        return FORMAT.matcher(hash).matches();
    }

    /** Checks {@code pin} against {@code hash}; an empty hash means the factory PIN. Constant time in the hash. */
    public static boolean matches(String pin, String hash) {
        if (pin == null) {
            return false;
        }
        if (hash == null || hash.isEmpty()) {
            return MessageDigest.isEqual(pin.getBytes(), FACTORY_PIN.getBytes());
        }
        var m = FORMAT.matcher(hash);
        if (!m.matches()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(m.group(2));
        byte[] expected = Base64.getDecoder().decode(m.group(3));
        return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(m.group(1))));
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
