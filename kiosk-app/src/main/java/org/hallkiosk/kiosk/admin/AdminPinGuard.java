package org.hallkiosk.kiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hallkiosk.kiosk.config.PinHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks admin PINs and locks the pad after repeated failures, each lock longer than the last (60 s, 5 min,
 * 30 min, then 2 h), so that a passer-by cannot guess the PIN. The count and the lock survive a restart when the
 * state is kept in a file. Wrong attempts are logged, never their digits.
 */
public final class AdminPinGuard {

    /** Wrong PINs allowed before the pad locks. */
    public static final int MAX_ATTEMPTS = 5;
    /** The first lock. */
    public static final Duration LOCK = Duration.ofSeconds(60);
    /** Lock lengths in turn; the last repeats. */
    static final List<Duration> LOCKS = List.of(LOCK, Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    private static final Logger LOG = LoggerFactory.getLogger(AdminPinGuard.class);

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
    private final PinLockState.Store store;

    /** A guard whose count lives in memory only. */
    public AdminPinGuard(String pinHash, Clock clock) {
        this(pinHash, clock, PinLockState.Store.inMemory());
    }

    public AdminPinGuard(String pinHash, Clock clock, PinLockState.Store store) {
        this.pinHash = pinHash;
        this.clock = clock;
        this.store = store;
    }

    public synchronized Result attempt(String pin) {
        long locked = lockSecondsLeft();
        if (locked > 0) {
            LOG.warn("admin PIN entered while the pad is locked ({} s left); not checked", locked);
            return new Result.Locked(locked);
        }
        PinLockState s = store.load();
        if (PinHash.matches(pin, pinHash)) {
            store.save(PinLockState.clear());
            LOG.info("admin signed in");
            return new Result.Accepted();
        }
        int failures = s.failures() + 1;
        if (failures >= MAX_ATTEMPTS) {
            Duration lock = LOCKS.get(Math.min(s.locks(), LOCKS.size() - 1));
            store.save(new PinLockState(0, s.locks() + 1, clock.instant().plus(lock)));
            LOG.warn("wrong admin PIN ({} in a row): the pad is locked for {} s", failures, lock.toSeconds());
            return new Result.Locked(lock.toSeconds());
        }
        store.save(new PinLockState(failures, s.locks(), s.lockedUntil()));
        LOG.warn("wrong admin PIN ({} of {} before the pad locks)", failures, MAX_ATTEMPTS);
        return new Result.Rejected(MAX_ATTEMPTS - failures);
    }

    /** Seconds until the pad unlocks, 0 when it is open. */
    public synchronized long lockSecondsLeft() {
        Instant now = clock.instant();
        Instant until = store.load().lockedUntil();
        if (!now.isBefore(until)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
