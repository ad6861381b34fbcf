package org.hallkiosk.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an ID number into the one thing the queue stores about a person: HMAC-SHA256 keyed with a random
 * salt of the service day. Each day has its own salt; a past day's salt is deleted, so its hashes can no longer
 * be matched to anyone (an ID number alone has too little entropy to be safe behind an unsalted hash).
 */
public final class IdentityHasher {

    private final QueueDatabase db;
    private final SecureRandom random;

    public IdentityHasher(QueueDatabase db, SecureRandom random) {
        this.db = db;
        this.random = random;
    }

    /**
     * The visitor whose document shows {@code idNumber} and {@code birthDate}, on {@code day}: the hash, the name as
     * already masked by the caller, elder priority by age on that day.
     */
    public Visitor visitor(String idNumber, String maskedName, LocalDate birthDate, LocalDate day, int elderAge) {
        int age = Period.between(birthDate, day).getYears();
        return new Visitor(hash(idNumber, day), maskedName, age >= elderAge);
    }

    /** The salted hash of {@code idNumber} for {@code day}, creating the day's salt if it has none yet. */
    public String hash(String idNumber, LocalDate day) {
        String salt = db.read(c -> existingSalt(c, day)).orElseGet(() -> db.write(c -> saltFor(c, day)));
        return hmac(salt, idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Forgets every salt of a day before {@code today} and the hashes stored with that day's tickets and
     * bookings (个人信息保护法 Art. 19: keep no longer than needed).
     */
    public void forgetBefore(LocalDate today) {
        db.write(c -> {
            String day = today.toString();
            for (String sql : new String[] {
                "DELETE FROM identity_salt WHERE service_day < ?",
                "UPDATE ticket SET person_hash = NULL WHERE service_day < ? AND person_hash IS NOT NULL",
                "UPDATE appointment SET person_hash = NULL WHERE service_day < ? AND person_hash IS NOT NULL"}) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, day);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    private static java.util.Optional<String> existingSalt(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT salt FROM identity_salt WHERE service_day = ?")) {
            p.setString(1, day.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? java.util.Optional.of(r.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The day's salt, made under the write lock so that two kiosks starting the day agree on one. */
    private String saltFor(Connection c, LocalDate day) throws SQLException {
        java.util.Optional<String> existing = existingSalt(c, day);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        // On PostgreSQL two servers' transactions may both find no salt: the second insert does nothing and both
        // read back the one that was committed.
        try (PreparedStatement p = c.prepareStatement("INSERT INTO identity_salt (service_day, salt) VALUES (?, ?)"
                + " ON CONFLICT (service_day) DO NOTHING")) {
            p.setString(1, day.toString());
            p.setString(2, HexFormat.of().formatHex(bytes));
            p.executeUpdate();
        }
        return existingSalt(c, day).orElseThrow();
    }

    private static String hmac(String salt, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(salt), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
