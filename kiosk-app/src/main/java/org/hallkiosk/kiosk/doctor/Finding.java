package org.hallkiosk.kiosk.doctor;

import java.util.Objects;

/**
 * One line of {@code kioskctl doctor}'s table: what was checked, how it went, what was seen and, when it is not OK,
 * the fix a technician can apply on site.
 */
public record Finding(String check, Status status, String detail, String fix) {

    /** How a check went; only {@link #FAIL} makes doctor exit non-zero. */
    public enum Status { OK, WARN, FAIL, SKIP }

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    public static Finding ok(String check, String detail) {
        return new Finding(check, Status.OK, detail, "");
    }

    public static Finding warn(String check, String detail, String fix) {
        return new Finding(check, Status.WARN, detail, fix);
    }

    public static Finding fail(String check, String detail, String fix) {
        return new Finding(check, Status.FAIL, detail, fix);
    }

    public static Finding skip(String check, String detail) {
        return new Finding(check, Status.SKIP, detail, "");
    }
}
