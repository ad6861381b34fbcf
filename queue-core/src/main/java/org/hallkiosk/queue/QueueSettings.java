package org.hallkiosk.queue;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The {@code queue:} section of kiosk.yaml.
 *
 * @param elderAge                 visitors this old or older (by the card's birth date) are called first
 * @param noShow                   过号 policy
 * @param requeueAfterMinutes      with {@link NoShowPolicy#REQUEUE}: minutes before a missed ticket can be called again
 * @param requeueLimit             with {@link NoShowPolicy#REQUEUE}: misses a ticket survives; the next one voids it
 * @param appointmentMarginMinutes check-in is accepted this long before the booked slot starts and after it ends
 * @param statusPageUrl            the hall's queue-status page; the ticket's QR code is this plus the ticket id
 * @param dayStartsAt              the hall's day starts here: numbering restarts and identity codes get the new day's key
 * @param serviceSamples           the wait estimate averages this many most recent service times of a line
 * @param activeWindowMinutes      a window counts as serving a line if it called one of its tickets this recently
 * @param returnHomeSeconds        the ticket screen goes home after this long (twice as long if printing failed); no
 *                                 time-out warning covers it meanwhile, so a visitor can photograph the QR code
 */
public record QueueSettings(int elderAge, NoShowPolicy noShow, int requeueAfterMinutes, int requeueLimit,
                            int appointmentMarginMinutes, String statusPageUrl, LocalTime dayStartsAt,
                            int serviceSamples, int activeWindowMinutes, int returnHomeSeconds) {

    public QueueSettings {
        Objects.requireNonNull(noShow, "noShow");
        Objects.requireNonNull(statusPageUrl, "statusPageUrl");
        Objects.requireNonNull(dayStartsAt, "dayStartsAt");
    }

    /** The settings of a kiosk.yaml that says nothing about the queue. */
    public static QueueSettings defaults() {
        return new QueueSettings(70, NoShowPolicy.VOID, 10, 1, 15, "https://zwfw.example.org/q/",
                LocalTime.MIDNIGHT, 20, 30, 45);
    }

    public QueueSettings withNoShow(NoShowPolicy policy, int afterMinutes, int limit) {
        return new QueueSettings(elderAge, policy, afterMinutes, limit, appointmentMarginMinutes, statusPageUrl,
                dayStartsAt, serviceSamples, activeWindowMinutes, returnHomeSeconds);
    }
}
