package org.hallkiosk.queue;

import java.util.List;

/**
 * The wait arithmetic, in one place so that the screens, the ticket and the closing-soon rule agree.
 *
 * <ul>
 *   <li>Average service minutes: the mean of the line's most recent service times; while there are fewer than
 *       {@value #PRIOR_WEIGHT}, the planned minutes of lines.yaml stand in for the missing ones.</li>
 *   <li>Estimated wait: people ahead × average minutes ÷ windows serving the line, rounded up.</li>
 *   <li>Minutes needed to serve one more visitor: (waiting + 1) × average ÷ windows, rounded up.</li>
 * </ul>
 */
public final class WaitEstimate {

    /** Real service times needed before the planned average no longer counts. */
    static final int PRIOR_WEIGHT = 5;

    private WaitEstimate() {
    }

    /** The average service time in minutes from recent service times in seconds (most recent first). */
    public static double averageMinutes(List<Integer> recentSeconds, int plannedMinutes) {
        int n = recentSeconds.size();
        double sum = 0;
        for (int s : recentSeconds) {
            sum += s / 60.0;
        }
        int padding = Math.max(0, PRIOR_WEIGHT - n);
        return (sum + padding * (double) plannedMinutes) / (n + padding);
    }

    /** Minutes until a visitor with {@code ahead} people before them is called. */
    public static int waitMinutes(int ahead, double averageMinutes, int windows) {
        return (int) Math.ceil(ahead * averageMinutes / Math.max(1, windows) - 1e-9);
    }

    /** Minutes to serve everyone waiting plus one more. */
    public static int minutesToServe(int waiting, double averageMinutes, int windows) {
        return (int) Math.ceil((waiting + 1) * averageMinutes / Math.max(1, windows) - 1e-9);
    }
}
