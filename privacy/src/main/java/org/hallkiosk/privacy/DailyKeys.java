package org.hallkiosk.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key per day for one purpose, derived from the {@link IdentityKey}: a person's code matches only on the day
 * it was made. Keys of past days are dropped from memory by {@link #forgetBefore}; the stores drop the codes made
 * with them at the same moment.
 */
public final class DailyKeys {

    private final IdentityKey key;
    private final String purpose;
    private final NavigableMap<LocalDate, SecretKeySpec> held = new TreeMap<>();

    /** Keys for {@code purpose} (e.g. {@code queue/person}); a day's key is {@code purpose/yyyy-MM-dd}. */
    public DailyKeys(IdentityKey key, String purpose) {
        this.key = key;
        this.purpose = purpose;
    }

    /**
     * The code of an ID number on {@code day}: HMAC-SHA256 under that day's key of the number, trimmed and with
     * a final x upper-cased so that 11010…x and 11010…X agree.
     */
    public String idNumberCode(LocalDate day, String idNumber) {
        return code(day, idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** HMAC-SHA256 of {@code value} under the key of {@code day}, as 64 hex digits. */
    public synchronized String code(LocalDate day, String value) {
        SecretKeySpec k = held.computeIfAbsent(day, d -> new SecretKeySpec(key.derive(purpose + "/" + d), "HmacSHA256"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Drops the keys of every day before {@code today}. */
    public synchronized void forgetBefore(LocalDate today) {
        held.headMap(today, false).clear();
    }

    /** The days whose keys are in memory now. */
    public synchronized NavigableSet<LocalDate> heldDays() {
        return new java.util.TreeSet<>(held.keySet());
    }
}
