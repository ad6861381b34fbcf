package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import org.hallkiosk.privacy.DailyKeys;
import org.hallkiosk.privacy.IdentityKey;

/**
 * Turns an ID number into the one thing the queue stores about a person: HMAC-SHA256 under the service day's key,
 * derived from the identity key file (never from anything in the database). An ID number has too little entropy
 * to hide behind a hash whose key lies beside it; without the key file the codes in {@code queue.db} cannot be
 * matched to anyone. When a day is over its key is dropped and its codes and masked names are erased.
 */
public final class IdentityHasher {

    /** The purpose the day keys are derived for; a hall server holding the same key file derives the same codes. */
    public static final String PURPOSE = "queue/person";

    private final QueueDatabase db;
    private final DailyKeys keys;

    public IdentityHasher(QueueDatabase db, IdentityKey key) {
        this.db = db;
        this.keys = new DailyKeys(key, PURPOSE);
    }

    /**
     * The visitor whose document shows {@code idNumber} and {@code birthDate}, on {@code day}: the code, the name as
     * already masked by the caller, elder priority by age on that day.
     */
    public Visitor visitor(String idNumber, String maskedName, LocalDate birthDate, LocalDate day, int elderAge) {
        int age = Period.between(birthDate, day).getYears();
        return new Visitor(hash(idNumber, day), maskedName, age >= elderAge);
    }

    /** The code of {@code idNumber} on {@code day}. */
    public String hash(String idNumber, LocalDate day) {
        return keys.idNumberCode(day, idNumber);
    }

    /**
     * Forgets every day before {@code today}: its key, and the codes and masked names stored with its tickets and
     * bookings (个人信息保护法 Art. 19: keep no longer than needed). The database overwrites what it deletes
     * ({@code secure_delete}) and the write-ahead log is emptied afterwards, so the old values leave the files too.
     */
    public void forgetBefore(LocalDate today) {
        keys.forgetBefore(today);
        int erased = db.write(c -> {
            String day = today.toString();
            int n = 0;
            for (String sql : new String[] {
                "UPDATE ticket SET person_hash = NULL, masked_name = NULL"
                        + " WHERE service_day < ? AND (person_hash IS NOT NULL OR masked_name IS NOT NULL)",
                "UPDATE appointment SET person_hash = NULL, masked_name = NULL"
                        + " WHERE service_day < ? AND (person_hash IS NOT NULL OR masked_name IS NOT NULL)",
                "UPDATE offline_ticket SET person_hash = NULL, masked_name = NULL"
                        + " WHERE service_day < ? AND (person_hash IS NOT NULL OR masked_name IS NOT NULL)"}) {
                n += update(c, sql, day);
            }
            return n;
        });
        if (erased > 0) {
            db.checkpoint();
        }
    }

    /** The days whose keys are held in memory now (today's, and those of bookings imported for later days). */
    java.util.NavigableSet<LocalDate> heldDays() {
        return keys.heldDays();
    }

    private static int update(Connection c, String sql, String day) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, day);
            return p.executeUpdate();
        }
    }
}
