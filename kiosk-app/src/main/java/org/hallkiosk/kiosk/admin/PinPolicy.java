package org.hallkiosk.kiosk.admin;

import java.util.Collection;
import java.util.Optional;

/**
 * Which admin PINs an operator may set: 6 to 12 digits, and none that a passer-by would try first — one digit
 * repeated (000000), a run up or down (123456, 987654), a short group repeated (121212, 123123), or the hall's
 * phone number, which is printed on the wall beside the kiosk.
 */
public final class PinPolicy {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;

    private PinPolicy() {
    }

    /** Why {@code pin} may not be set, or empty when it may. {@code phones} are the hall's numbers, in any format. */
    public static Optional<String> refusal(String pin, Collection<String> phones) {
        if (pin == null || !pin.matches("\\d+")) {
            return Optional.of("a PIN is digits only");
        }
        if (pin.length() < MIN_DIGITS || pin.length() > MAX_DIGITS) {
            return Optional.of("a PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of("one digit repeated is the first thing anyone tries");
        }
        if (isRun(pin, 1) || isRun(pin, -1)) {
            return Optional.of("a run of digits, up or down, is the first thing anyone tries");
        }
        for (int len = 2; len <= pin.length() / 2; len++) {
            if (pin.length() % len == 0 && pin.equals(pin.substring(0, len).repeat(pin.length() / len))) {
                return Optional.of("a repeated group of digits is too easy to guess");
            }
        }
        for (String phone : phones) {
            String digits = phone == null ? "" : phone.replaceAll("\\D", "");
            if (digits.length() >= MIN_DIGITS && digits.contains(pin)) {
                return Optional.of("the hall's phone number is on the wall beside the kiosk");
            }
        }
        return Optional.empty();
    }

    private static boolean isRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (Math.floorMod(pin.charAt(i) - pin.charAt(i - 1), 10) != Math.floorMod(step, 10)) {
                return false;
            }
        }
        return true;
    }
}
