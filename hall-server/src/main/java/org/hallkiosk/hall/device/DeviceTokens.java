package org.hallkiosk.hall.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Device tokens: 256 random bits, written {@code hk1_} + base64url (47 characters). The server stores SHA-256 of
 * the token only. A slow password hash (bcrypt, scrypt) protects secrets people choose, which are guessable; a
 * token of 256 random bits cannot be guessed however fast each guess is, so one SHA-256 — fast enough to check on
 * every request — is as safe, and a stolen copy of the database still lets nobody in.
 */
public final class DeviceTokens {

    /** Written before every token, so a leaked one is recognisable (and a future format can be told apart). */
    public static final String PREFIX = "hk1_";
    private static final int BYTES = 32;

    private final SecureRandom random;

    public DeviceTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new token. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the server stores and looks tokens up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
