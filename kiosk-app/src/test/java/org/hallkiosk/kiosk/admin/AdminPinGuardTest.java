package org.hallkiosk.kiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.Test;

class AdminPinGuardTest {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    private final AdminPinGuard guard = new AdminPinGuard("", clock);

    @Test
    void countsDownAttemptsThenLocksForAMinute() {
        assertThat(guard.attempt("1111")).isEqualTo(new AdminPinGuard.Result.Rejected(4));
        for (int i = 0; i < 3; i++) {
            guard.attempt("1111");
        }
        assertThat(guard.attempt("1111")).isEqualTo(new AdminPinGuard.Result.Locked(60));
        assertThat(guard.attempt("000000")).as("even the right PIN while locked").isInstanceOf(AdminPinGuard.Result.Locked.class);
        clock.advance(Duration.ofSeconds(59));
        assertThat(guard.attempt("000000")).isEqualTo(new AdminPinGuard.Result.Locked(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.attempt("000000")).isEqualTo(new AdminPinGuard.Result.Accepted());
    }

    @Test
    void aRightPinResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            guard.attempt("1111");
        }
        assertThat(guard.attempt("000000")).isInstanceOf(AdminPinGuard.Result.Accepted.class);
        assertThat(guard.attempt("1111")).isEqualTo(new AdminPinGuard.Result.Rejected(4));
    }
}
