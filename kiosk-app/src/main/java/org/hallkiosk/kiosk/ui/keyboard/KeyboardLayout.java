package org.hallkiosk.kiosk.ui.keyboard;

import java.util.List;

/**
 * Which keys an on-screen keyboard shows, row by row. Each character key types its character; the edit keys
 * (space, backspace, clear) are switched on per layout.
 *
 * @param rows  the character keys, one string per row, typed as written (pinyin is typed lower case)
 * @param space whether a space bar is offered (full pinyin may be typed with spaces: "ying ye")
 */
public record KeyboardLayout(List<String> rows, boolean space) {

    /** Digits and QWERTY letters for pinyin (initials or full syllables), with a space bar: the guide's search. */
    public static final KeyboardLayout PINYIN = new KeyboardLayout(
            List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"), true);

    /** Digits and capital letters without space, for codes such as case numbers. */
    public static final KeyboardLayout CODE = new KeyboardLayout(
            List.of("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"), false);

    /** Digits only, laid out like a phone keypad. */
    public static final KeyboardLayout DIGITS = new KeyboardLayout(List.of("123", "456", "789", "0"), false);

    public KeyboardLayout {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a keyboard needs at least one row of keys");
        }
    }

    /** True when the layout has a key for {@code c}. */
    public boolean has(char c) {
        return rows.stream().anyMatch(r -> r.indexOf(c) >= 0) || (space && c == ' ');
    }
}
