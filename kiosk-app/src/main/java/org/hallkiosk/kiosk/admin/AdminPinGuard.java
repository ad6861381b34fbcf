package org.hallkiosk.kiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hallkiosk.kiosk.config.PinHash;

/** Checks admin PINs and locks the pad after repeated failures, so a passer-by cannot guess the PIN. */
public final class AdminPinGuard {

    /** Wrong PINs allowed before the pad locks. */
    public static final int MAX_ATTEMPTS = 5;
    /** How long the pad stays locked. */
    public static final Duration LOCK = Duration.ofSeconds(60);

    /** The outcome of one PIN attempt. */
    public sealed interface Result {
        /** The PIN was right. */
        record Accepted() implements Result {
        }

        /** The PIN was wrong; {@code attemptsLeft} before the lock. */
        record Rejected(int attemptsLeft) implements Result {
        }

        /** Too many wrong PINs; try again after {@code secondsLeft}. */
        record Locked(long secondsLeft) implements Result {
        }
    }

    private final String pinHash;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public AdminPinGuard(String pinHash, Clock clock) {
        this.pinHash = pinHash;
        this.clock = clock;
    }

    public synchronized Result attempt(String pin) {
        long locked = lockSecondsLeft();
        if (locked > 0) {
            return new Result.Locked(locked);
        }
        if (PinHash.matches(pin, pinHash)) {
            failures = 0;
            return new Result.Accepted();
        }
        failures++;
        if (failures >= MAX_ATTEMPTS) {
            failures = 0;
            lockedUntil = clock.instant().plus(LOCK);
            return new Result.Locked(LOCK.toSeconds());
        }
        return new Result.Rejected(MAX_ATTEMPTS - failures);
    }

    /** Seconds until the pad unlocks, 0 when it is open. */
    public synchronized long lockSecondsLeft() {
        Instant now = clock.instant();
        if (!now.isBefore(lockedUntil)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, lockedUntil).toSeconds());
    }
}
