package org.hallkiosk.kiosk.hallbench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Requests at a fixed arrival rate, whatever the server's answers do: request {@code i} is due at
 * {@code start + i / rate}, and its latency is counted from then, not from when it was sent, so a slow answer
 * cannot hide the requests that queued behind it (no coordinated omission).
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** Calls {@code send(i, dueNanos)} for each request at its due time; returns how many were sent. */
    static int run(int rate, Duration duration, BiConsumer<Integer, Long> send) {
        long interval = 1_000_000_000L / rate;
        int total = (int) (rate * duration.toMillis() / 1000);
        long start = System.nanoTime() + 20_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            send.accept(i, due);
        }
        return total;
    }
}
