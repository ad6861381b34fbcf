package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.privacy.Mask;

/** A queue on a temporary database: two lines, the hall's usual hours, a clock that moves only when told. */
public final class QueueFixture implements AutoCloseable {

    /** Friday 2026-11-27, 09:30 in the hall. */
    public static final Instant FRIDAY_0930 = Instant.parse("2026-11-27T01:30:00Z");
    public static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    public static final QueueLine A = new QueueLine("A", "综合受理", List.of(1, 2, 3, 4), 0, 10, 30);
    public static final QueueLine B = new QueueLine("B", "不动产登记", List.of(5, 6), 3, 20, 30);
    public static final List<OpenPeriod> HOURS = List.of(
            new OpenPeriod(LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new OpenPeriod(LocalTime.of(14, 0), LocalTime.of(17, 30)));

    final TestClock clock = new TestClock(FRIDAY_0930, HALL);
    final TestDatabases.Place place;
    final QueueDatabase db;
    final LineCatalogue lines;
    final QueueSettings settings;
    final TicketDesk desk;
    final CounterDesk counter;

    QueueFixture(TestDatabases.Place place) {
        this(place, QueueSettings.defaults(), List.of(A, B));
    }

    QueueFixture(TestDatabases.Place place, QueueSettings settings, List<QueueLine> lines) {
        this.place = place;
        this.db = place.open();
        this.lines = new FixedLineCatalogue(lines, HOURS, false);
        this.settings = settings;
        this.desk = new TicketDesk(db, this.lines, settings, clock, "kiosk-test", new SecureRandom(), place.key());
        this.counter = new CounterDesk(db, this.lines, settings, clock);
    }

    /** Moves the clock to {@code hh:mm} of the same day. */
    void at(int hour, int minute) {
        Instant target = FRIDAY_0930.atZone(HALL).withHour(hour).withMinute(minute).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    void advanceMinutes(long minutes) {
        clock.advance(Duration.ofMinutes(minutes));
    }

    Ticket issue(String prefix) {
        IssueResult r = desk.issueFor(prefix, Visitor.anonymous());
        if (r instanceof IssueResult.Issued i) {
            return i.ticket();
        }
        throw new AssertionError("expected a ticket, got " + r);
    }

    /** The visitor holding {@code card} today, as the kiosk makes it: a day hash, the masked name, elder or not. */
    Visitor visitorOf(IdCard card) {
        return desk.visitor(card.idNumber(), Mask.name(card.name()), card.birthDate());
    }

    /** Issues on {@code prefix} to the holder of {@code card}. */
    IssueResult issueWith(String prefix, IdCard card) {
        return desk.issueFor(prefix, Optional.of(visitorOf(card)));
    }

    IssueResult.Issued issued(IssueResult r) {
        if (r instanceof IssueResult.Issued i) {
            return i;
        }
        throw new AssertionError("expected a ticket, got " + r);
    }

    Refusal refusal(IssueResult r) {
        if (r instanceof IssueResult.Refused f) {
            return f.refusal();
        }
        throw new AssertionError("expected a refusal, got " + r);
    }

    @Override
    public void close() {
        db.close();
    }
}
