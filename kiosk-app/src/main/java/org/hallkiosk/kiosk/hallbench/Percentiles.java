package org.hallkiosk.kiosk.hallbench;

import java.util.Arrays;

/** Latencies in nanoseconds, as milliseconds at a percentile. */
record Percentiles(long[] sorted) {

    static Percentiles of(long[] nanos, int count) {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** The value at {@code p} (0–100) in ms; 0 when nothing was measured. */
    double millis(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    int count() {
        return sorted.length;
    }
}
