package org.hallkiosk.device.idcard;

import java.util.Locale;

/** The GB 11643 (ISO 7064 MOD 11-2) check character of 18-character ID numbers (protocol reference §C). */
public final class IdNumberCheck {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumberCheck() {
    }

    /**
     * The check character for the first 17 digits.
     *
     * @throws IllegalArgumentException if the input is not 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether the number is 17 digits plus the right check character; a lower-case x is accepted. */
    public static boolean isValid(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return false;
        }
        String first17 = idNumber.substring(0, 17);
        if (!first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkCharacter(first17) == Character.toUpperCase(idNumber.charAt(17));
    }

    /** The number with a lower-case x check character written as X. */
    public static String normalise(String idNumber) {
        return idNumber.toUpperCase(Locale.ROOT);
    }
}
