package org.hallkiosk.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a call-back contact (a mobile number a visitor gave, with consent, for a return visit) with AES-256-GCM under
 * a key derived from the identity key, so that the database alone does not reveal it; staff who hold the key open it
 * to call back. Sealed text is {@code v1:} and base64 of a 12-byte nonce followed by the ciphertext and tag.
 */
public final class ContactSeal {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public ContactSeal(IdentityKey identityKey, SecureRandom random) {
        this.key = new SecretKeySpec(identityKey.derive("contact/seal/v1"), "AES");
        this.random = random;
    }

    /** The sealed form of {@code contact}; sealing the same value twice gives different text. */
    public String seal(String contact) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = c.doFinal(contact.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The contact inside {@code sealed}.
     *
     * @throws IdentityKeyException when it was sealed under another identity key, or is damaged
     */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IdentityKeyException("not a sealed contact");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                throw new IdentityKeyException("sealed contact too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IdentityKeyException("the contact was sealed under another identity key, or is damaged", e);
        }
    }
}
