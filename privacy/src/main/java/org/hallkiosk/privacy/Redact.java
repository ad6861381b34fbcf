package org.hallkiosk.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every identity-document number and mobile number in free text (a log line, an exception's message or
 * stack trace): the last line of defence for whatever code forgot to mask. Names cannot be recognised in free text;
 * code must never put one there (a card read logs its type only).
 *
 * <p>Recognised, each only as a whole token (not inside a longer run of letters and digits):
 * <ul>
 *   <li>18 characters, 17 digits and a digit or X: resident ID numbers, 港澳台居民居住证 numbers (810000…, 820000…,
 *       830000…), and the 2023 外国人永久居留身份证 number (9…) → {@code 1101**********1137}</li>
 *   <li>15 digits: first-generation resident ID numbers → {@code 1101*******0015}</li>
 *   <li>3 capital letters and 12 digits: the 2004/2017 外国人永久居留身份证 number → {@code USA1*******7015}</li>
 *   <li>H or M and 8 or 10 digits: 港澳居民来往内地通行证 → {@code H******56}</li>
 *   <li>10 digits with a letter in brackets, or 8 digits that are not a date: 台湾居民来往大陆通行证 → {@code ******56}</li>
 *   <li>mainland mobile numbers, with or without +86 → {@code 138****5678}</li>
 * </ul>
 */
public final class Redact {

    private static final String BEFORE = "(?<![0-9A-Za-z])";
    private static final String AFTER = "(?![0-9A-Za-z])";
    private static final Pattern SENSITIVE = Pattern.compile(BEFORE + "(?:"
            + "(?<id18>\\d{17}[\\dXx])"
            + "|(?<foreign>[A-Z]{3}\\d{12})"
            + "|(?<id15>\\d{15})"
            + "|(?<hkmo>[HMhm]\\d{8}(?:\\d{2})?)"
            + "|(?<tw10>\\d{10}\\([A-Za-z]\\))"
            + "|(?:\\+?86[- ]?)?(?<mobile>1[3-9]\\d{9})"
            + "|(?<eight>\\d{8})"
            + ")" + AFTER);

    private Redact() {
    }

    /** {@code text} with every recognised number masked; {@code null} stays {@code null}. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = SENSITIVE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(masked(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String masked(Matcher m) {
        if (m.group("id18") != null || m.group("foreign") != null || m.group("id15") != null) {
            return Mask.idNumber(m.group());
        }
        if (m.group("hkmo") != null) {
            String v = m.group("hkmo");
            return v.charAt(0) + "*".repeat(v.length() - 3) + v.substring(v.length() - 2);
        }
        if (m.group("tw10") != null) {
            return "**********(*)";
        }
        if (m.group("mobile") != null) {
            return Mask.phone(m.group("mobile"));
        }
        String eight = m.group("eight");
        return isDate(eight) ? eight : "******" + eight.substring(6);
    }

    /** 20261127 is a date, not a permit number. */
    private static boolean isDate(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        if (year < 1900 || year > 2199) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
