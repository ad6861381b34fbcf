package org.hallkiosk.report;

import java.util.Arrays;

/** Tickets issued per day of the month (rows) and hour of the day (columns, {@code firstHour} to {@code lastHour}). */
public final class HeatMap {

    private final int days;
    private final int firstHour;
    private final int lastHour;
    private final int[][] counts;

    HeatMap(int days, int firstHour, int lastHour) {
        this.days = days;
        this.firstHour = firstHour;
        this.lastHour = lastHour;
        this.counts = new int[days][lastHour - firstHour + 1];
    }

    void add(int dayOfMonth, int hour) {
        counts[dayOfMonth - 1][hour - firstHour]++;
    }

    public int days() {
        return days;
    }

    public int firstHour() {
        return firstHour;
    }

    public int lastHour() {
        return lastHour;
    }

    /** Tickets issued on {@code dayOfMonth} (1-based) in the hour starting at {@code hour}. */
    public int count(int dayOfMonth, int hour) {
        return counts[dayOfMonth - 1][hour - firstHour];
    }

    /** The largest cell. */
    public int max() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).max().orElse(0);
    }

    /** Tickets per hour of the day over the whole month. */
    public int hourTotal(int hour) {
        return Arrays.stream(counts).mapToInt(row -> row[hour - firstHour]).sum();
    }
}
