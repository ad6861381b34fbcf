package org.hallkiosk.rating;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reference numbers a visitor can read out on the phone: a two-letter kind, the date, four characters without the
 * look-alikes (0/O, 1/I): {@code TS-261127-7KQ3}. Kiosks make them without asking each other; the table's key refuses
 * the rare repeat and the caller draws again.
 */
final class References {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final SecureRandom random;

    References(SecureRandom random) {
        this.random = random;
    }

    String next(String kind, LocalDate day) {
        StringBuilder b = new StringBuilder(kind).append('-').append(DAY.format(day)).append('-');
        for (int i = 0; i < 4; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
