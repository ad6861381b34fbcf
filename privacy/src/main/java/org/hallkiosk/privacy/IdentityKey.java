package org.hallkiosk.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys every identity hash: 32 random bytes in a file of its own ({@code identity.key}, mode 0600),
 * never in a database. An ID number has little entropy (district, birth date, three digits), so a hash of it is
 * only safe while the key is out of reach: whoever holds the databases alone cannot try the numbers.
 *
 * <p>Keys for each use are derived from it with HKDF-SHA256 (RFC 5869), one per purpose (e.g. a queue's service
 * day, the progress store's holder index), so that forgetting a day's key forgets only that day. The kiosk keeps
 * its file in the data directory; a hall server holds its own the same way.
 */
public final class IdentityKey {

    /** The file name used in a data directory. */
    public static final String FILE_NAME = "identity.key";

    static final String HEADER = "# HallKiosk identity key v1: keys the hashes of ID numbers. Keep it out of backups; see docs/privacy.md";
    private static final int KEY_BYTES = 32;
    private static final byte[] HKDF_SALT = "hallkiosk identity key v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] prk;
    private final String fingerprint;

    private IdentityKey(byte[] secret) {
        if (secret.length < KEY_BYTES) {
            throw new IllegalArgumentException("an identity key has at least " + KEY_BYTES + " bytes");
        }
        this.prk = hmac(HKDF_SALT, secret); // HKDF-Extract: the raw secret itself is not kept
        this.fingerprint = HexFormat.of().formatHex(derive("fingerprint"), 0, 8);
    }

    /** A key from raw bytes (tests, and a hall server that keeps its key elsewhere). */
    public static IdentityKey of(byte[] secret) {
        return new IdentityKey(secret.clone());
    }

    /** A fresh key held in memory only: for demo data that is gone when the process ends. */
    public static IdentityKey ephemeral() {
        byte[] b = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(b);
        return new IdentityKey(b);
    }

    /**
     * Reads the key from {@code file}, creating it (mode 0600, parent 0700 if new) on first start. Two processes
     * starting at once agree on one key: the file appears complete or not at all.
     *
     * @throws IdentityKeyException when the file exists but is not a key (it is never replaced silently: every
     *                              hash made with it would become useless)
     */
    public static IdentityKey loadOrCreate(Path file) throws IdentityKeyException {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            OwnerOnly.narrowIfPresent(file);
            return new IdentityKey(parse(file, Files.readAllLines(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IdentityKeyException("cannot read or create the identity key " + file + ": " + e.getMessage(), e);
        }
    }

    /** HKDF-Expand: 32 bytes for {@code purpose}; the same key and purpose always give the same bytes. */
    public byte[] derive(String purpose) {
        byte[] info = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] input = Arrays.copyOf(info, info.length + 1);
        input[info.length] = 1;
        return hmac(prk, input);
    }

    /** HMAC-SHA256 of {@code value} under the key derived for {@code purpose}, as 64 hex digits. */
    public String hash(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(derive(purpose), value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * 16 hex digits that name this key without revealing it: two machines (or a store and its key) can check that
     * they hold the same one.
     */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public String toString() {
        return "IdentityKey[" + fingerprint + "]";
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            OwnerOnly.directory(dir);
        }
        byte[] b = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(b);
        Path tmp = OwnerOnly.tempFileBeside(file);
        try {
            Files.writeString(tmp, HEADER + "\n" + Base64.getEncoder().encodeToString(b) + "\n", StandardCharsets.US_ASCII);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                // link(2) fails if the name exists: of two processes creating the key, exactly one wins.
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException lost) {
                // the other process's key stands
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (!Files.exists(file)) {
                    Files.move(tmp, file);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] parse(Path file, List<String> lines) throws IdentityKeyException {
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                byte[] key = Base64.getDecoder().decode(l);
                if (key.length >= KEY_BYTES) {
                    return key;
                }
            } catch (IllegalArgumentException notBase64) {
                break;
            }
            break;
        }
        throw new IdentityKeyException("the identity key " + file + " is damaged (no base64 line of " + KEY_BYTES
                + " bytes or more). Restore it from where it was kept, or move it away to start with a new key"
                + " (see docs/privacy.md: what a lost key costs)");
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
