package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingRequest;
import org.hallkiosk.rating.RatingSettings;

/**
 * A November 2026 small enough to compute by hand, played through the real desks (the figures are in
 * docs/ratings.md's worked example and asserted by the report tests):
 *
 * <pre>
 * Fri 27  09:30 A001, 09:40 A002, 09:45 B001 issued
 *         09:50 w1 calls A001 (wait 20)   10:00 done (service 10)   10:01 rated 5
 *         10:00 w2 calls A002 (wait 20)   10:05 no-show, void
 *         10:10 w5 calls B001 (wait 25)   10:16 transferred to A (service 6, line B)
 *         10:20 w1 calls B001             10:32 done (service 12, line A)  10:33 rated 2 (waiting), handled 10:40
 * Mon 30  14:05 A001 issued, 14:10 w2 calls (wait 5), 14:30 done (service 20), 14:31 rated 4
 * </pre>
 */
public final class SmallMonth {

    /** Line names as the report lists them. */
    public static final Map<String, String> LINES = Map.of("A", QueueFixture.A.name(), "B", QueueFixture.B.name());

    private final QueueFixture q;
    private final RatingDesk ratings;

    private SmallMonth(TestDatabases.Place place) {
        this.q = new QueueFixture(place);
        this.ratings = new RatingDesk(q.db, RatingSettings.defaults(), new ServiceDay(q.settings.dayStartsAt(), QueueFixture.HALL), q.clock,
                new ContactSeal(place.key(), new SecureRandom()), new SecureRandom());
    }

    /** Plays the month onto {@code place}'s database; returns the clock, standing at Mon 30 15:00. */
    public static TestClock play(TestDatabases.Place place) {
        SmallMonth m = new SmallMonth(place);
        try {
            m.run();
            return m.q.clock;
        } finally {
            m.q.close();
        }
    }

    private void run() {
        at(9, 30);
        q.issue("A");
        at(9, 40);
        q.issue("A");
        at(9, 45);
        q.issue("B");
        at(9, 50);
        q.counter.call(1, Optional.empty());
        at(10, 0);
        q.counter.done(1);
        q.counter.call(2, Optional.empty());
        at(10, 1);
        rate("A001", RatingRequest.of(RatingLevel.VERY_SATISFIED));
        at(10, 5);
        q.counter.noShow(2);
        at(10, 10);
        q.counter.call(5, Optional.empty());
        at(10, 16);
        q.counter.transfer(5, "A", false);
        at(10, 20);
        q.counter.call(1, Optional.empty());
        at(10, 32);
        q.counter.done(1);
        at(10, 33);
        String bad = rate("B001", new RatingRequest(RatingLevel.DISSATISFIED, Set.of(BadReason.WAITING), Optional.empty(), Optional.empty()));
        at(10, 40);
        ratings.markHandled(bad, "王主任", "已回访");
        // Monday 30 November, 14:05
        q.clock.advance(Duration.ofDays(3));
        at(14, 5);
        q.issue("A");
        at(14, 10);
        q.counter.call(2, Optional.empty());
        at(14, 30);
        q.counter.done(2);
        at(14, 31);
        rate("A001", RatingRequest.of(RatingLevel.SATISFIED));
        at(15, 0);
    }

    /** Moves the clock to hh:mm of the day it stands on (forward only). */
    private void at(int hour, int minute) {
        Instant target = q.clock.instant().atZone(QueueFixture.HALL).withHour(hour).withMinute(minute).withSecond(0).withNano(0).toInstant();
        q.clock.advance(Duration.between(q.clock.instant(), target));
    }

    private String rate(String number, RatingRequest request) {
        RatingOutcome o = ratings.rateTicket(number, request, "kiosk-test");
        if (o instanceof RatingOutcome.Recorded r) {
            return r.rating().id();
        }
        throw new AssertionError(number + ": " + o);
    }

    /** The instant the report is made at in the tests. */
    public static Instant reportTime() {
        return Instant.parse("2026-12-01T02:00:00Z");
    }
}
