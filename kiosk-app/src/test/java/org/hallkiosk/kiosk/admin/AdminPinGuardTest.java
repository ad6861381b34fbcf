package org.hallkiosk.kiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
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

    @Test
    void locksGrowLongerAndOnlyARightPinResetsThem() {
        long[] expected = {60, 300, 1800, 7200, 7200};
        for (long seconds : expected) {
            AdminPinGuard.Result last = null;
            for (int i = 0; i < AdminPinGuard.MAX_ATTEMPTS; i++) {
                last = guard.attempt("864209");
            }
            assertThat(last).isEqualTo(new AdminPinGuard.Result.Locked(seconds));
            clock.advance(Duration.ofSeconds(seconds));
        }
        assertThat(guard.attempt("000000")).isInstanceOf(AdminPinGuard.Result.Accepted.class);
        for (int i = 0; i < 4; i++) {
            guard.attempt("864209");
        }
        assertThat(guard.attempt("864209")).as("back to the first lock").isEqualTo(new AdminPinGuard.Result.Locked(60));
    }

    @Test
    void theCountAndTheLockSurviveARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(PinLockState.FILE_NAME);
        AdminPinGuard before = new AdminPinGuard("", clock, PinLockState.Store.file(file));
        for (int i = 0; i < 3; i++) {
            before.attempt("864209");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AdminPinGuard restarted = new AdminPinGuard("", clock, PinLockState.Store.file(file));
        assertThat(restarted.attempt("864209")).as("the count went on").isEqualTo(new AdminPinGuard.Result.Rejected(1));
        assertThat(restarted.attempt("864209")).isEqualTo(new AdminPinGuard.Result.Locked(60));
        AdminPinGuard again = new AdminPinGuard("", clock, PinLockState.Store.file(file));
        assertThat(again.lockSecondsLeft()).as("unplugging does not lift the lock").isEqualTo(60);
        assertThat(again.attempt("000000")).isInstanceOf(AdminPinGuard.Result.Locked.class);
    }

    @Test
    void wrongAttemptsAreLoggedWithoutTheirDigits() {
        Logger logger = (Logger) LoggerFactory.getLogger(AdminPinGuard.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            for (int i = 0; i < AdminPinGuard.MAX_ATTEMPTS + 1; i++) {
                guard.attempt("864209");
            }
        } finally {
            logger.detachAppender(events);
        }
        assertThat(events.list).hasSize(AdminPinGuard.MAX_ATTEMPTS + 1);
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(m -> assertThat(m).doesNotContain("864209").doesNotContain("8642"))
                .anySatisfy(m -> assertThat(m).contains("wrong admin PIN (1 of 5"))
                .anySatisfy(m -> assertThat(m).contains("locked for 60 s"));
    }
}
