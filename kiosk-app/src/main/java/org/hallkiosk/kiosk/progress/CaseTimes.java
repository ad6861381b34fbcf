package org.hallkiosk.kiosk.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the dates and times approval systems write: ISO ({@code 2026-11-20T09:30}, with or without an offset),
 * {@code 2026-11-20 09:30[:00]}, {@code 2026/11/20 09:30}, {@code 20261120093000}, epoch seconds or milliseconds,
 * and the same without a time for dates. A value with an offset or an epoch is converted to the hall's zone.
 */
final class CaseTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss"),
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"),
            DateTimeFormatter.ofPattern("yyyy年M月d日HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final ZoneId zone;

    CaseTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** A date and time; an {@link IllegalArgumentException} names the formats accepted. */
    LocalDateTime dateTime(String text) {
        String t = text.strip();
        if (t.matches("\\d{10}|\\d{13}")) {
            long n = Long.parseLong(t);
            Instant i = t.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            return LocalDateTime.ofInstant(i, zone);
        }
        try {
            return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException notIsoLocal) {
            // fall through to the other forms
        }
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException notIsoOffset) {
            // fall through
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f).atStartOfDay();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a date and time (e.g. 2026-11-20 09:30 or 2026-11-20T09:30:00+08:00)");
    }

    /** A date; a date with a time is accepted and its time dropped. */
    LocalDate date(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return dateTime(t).toLocalDate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date (e.g. 2026-12-04)");
        }
    }
}
