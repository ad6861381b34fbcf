package org.hallkiosk.report;

import java.util.OptionalDouble;

/**
 * One window's month.
 *
 * @param called       calls made (not counting recalls)
 * @param served       tickets finished at the window
 * @param noShows      calls not answered
 * @param transfersOut tickets the window sent to another line
 * @param waiting       issue to first call, for the tickets this window called first
 * @param service      call to done or transfer at this window
 * @param ratings      ratings of services finished here
 * @param satisfaction the share of those rated 基本满意 or better, when there is any rating
 */
public record WindowFigures(int window, int called, int served, int noShows, int transfersOut, Durations waiting,
                            Durations service, int ratings, OptionalDouble satisfaction) {
}
