package org.hallkiosk.report;

import java.util.Arrays;
import java.util.List;

/**
 * A set of durations summed up: how many, the mean, and the 90th percentile by the nearest-rank method (the smallest
 * value with at least 90 % of the values at or below it), in minutes.
 */
public record Durations(int count, double averageMinutes, double p90Minutes) {

    /** No values. */
    public static final Durations NONE = new Durations(0, 0, 0);

    /** The summary of durations given in seconds. */
    public static Durations ofSeconds(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return NONE;
        }
        long[] sorted = seconds.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 60.0;
        int rank = (int) Math.ceil(0.9 * sorted.length);
        return new Durations(sorted.length, mean, sorted[rank - 1] / 60.0);
    }
}
