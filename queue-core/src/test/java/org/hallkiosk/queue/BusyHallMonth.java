package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingRequest;
import org.hallkiosk.rating.RatingSettings;

/**
 * A month of a busy hall played through the real desks, minute by minute, from a fixed seed: four lines, ten windows,
 * morning and afternoon peaks, no-shows, transfers, and ratings of about a third of the services. It feeds the sample
 * report in docs/ and the report's smoke tests.
 */
public final class BusyHallMonth {

    public static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    public static final List<QueueLine> LINES = List.of(
            new QueueLine("A", "综合受理", List.of(1, 2, 3, 4), 0, 8, 30),
            new QueueLine("B", "不动产登记", List.of(5, 6, 7), 0, 15, 30),
            new QueueLine("C", "社保医保", List.of(8, 9), 0, 6, 30),
            new QueueLine("D", "公积金", List.of(10), 0, 10, 30));
    /** Arrivals per hour at the busiest hour, per line. */
    private static final Map<String, Double> PEAK = Map.of("A", 30.0, "B", 14.0, "C", 22.0, "D", 7.0);
    /** Mean minutes at each window: window 3 is slow, window 4 mostly idle (few visitors reach it). */
    private static final Map<Integer, Double> SERVICE = Map.of(1, 7.0, 2, 8.0, 3, 12.0, 4, 8.0, 5, 14.0, 6, 16.0, 7, 15.0,
            8, 6.0, 9, 5.0, 10, 10.0);

    private final Random random;
    private final TestClock clock;
    private final TicketDesk desk;
    private final CounterDesk counter;
    private final RatingDesk ratings;
    private final Map<Integer, Instant> busyUntil = new HashMap<>();
    private final List<String> toHandle = new ArrayList<>();

    private BusyHallMonth(QueueDatabase db, YearMonth month, long seed, org.hallkiosk.privacy.IdentityKey key) {
        this.random = new Random(seed);
        this.clock = new TestClock(month.atDay(1).atStartOfDay(HALL).toInstant(), HALL);
        FixedLineCatalogue lines = new FixedLineCatalogue(LINES, QueueFixture.HOURS, false);
        this.desk = new TicketDesk(db, lines, QueueSettings.defaults(), clock, "kiosk-sample", new SecureRandom(), key);
        this.counter = new CounterDesk(db, lines, QueueSettings.defaults(), clock);
        this.ratings = new RatingDesk(db, RatingSettings.defaults(), new ServiceDay(LocalTime.MIDNIGHT, HALL), clock,
                new ContactSeal(key, new SecureRandom()), new SecureRandom());
    }

    /** Plays {@code month} onto {@code db}; returns the clock, at the end of the month's last day. */
    public static TestClock play(QueueDatabase db, YearMonth month, long seed, org.hallkiosk.privacy.IdentityKey key) {
        BusyHallMonth m = new BusyHallMonth(db, month, seed, key);
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                m.day(d);
            }
        }
        m.clock.advance(Duration.between(m.clock.instant(), month.atEndOfMonth().atTime(23, 0).atZone(HALL).toInstant()));
        return m.clock;
    }

    private void day(LocalDate d) {
        moveTo(d.atTime(8, 30));
        Instant end = d.atTime(17, 30).atZone(HALL).toInstant();
        Instant lunch = d.atTime(12, 0).atZone(HALL).toInstant();
        Instant afternoon = d.atTime(14, 0).atZone(HALL).toInstant();
        busyUntil.clear();
        while (clock.instant().isBefore(end)) {
            if (!clock.instant().isBefore(lunch) && clock.instant().isBefore(afternoon)) {
                finishAll();
                moveTo(d.atTime(14, 0));
                continue;
            }
            arrivals(d);
            windows();
            clock.advance(Duration.ofMinutes(1));
        }
        finishAll();
        handleSome();
    }

    private void moveTo(java.time.LocalDateTime t) {
        clock.advance(Duration.between(clock.instant(), t.atZone(HALL).toInstant()));
    }

    private void arrivals(LocalDate d) {
        double hour = clock.instant().atZone(HALL).getHour() + clock.instant().atZone(HALL).getMinute() / 60.0;
        // Two peaks, 9:30 and 14:30; Mondays are busier.
        double shape = Math.max(0.25, Math.exp(-Math.pow(hour - 9.6, 2) / 1.2) + 0.8 * Math.exp(-Math.pow(hour - 14.6, 2) / 1.0));
        double day = d.getDayOfWeek() == DayOfWeek.MONDAY ? 1.3 : d.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.8 : 1.0;
        for (QueueLine line : LINES) {
            double perMinute = PEAK.get(line.prefix()) * shape * day / 60.0;
            if (random.nextDouble() < perMinute) {
                desk.issueFor(line.prefix(), Optional.empty());
            }
        }
    }

    private void windows() {
        for (int w = 1; w <= 10; w++) {
            Instant until = busyUntil.get(w);
            if (until != null && !clock.instant().isBefore(until)) {
                finish(w);
                busyUntil.remove(w);
                continue;
            }
            if (until == null && !(w == 4 && random.nextDouble() < 0.8)) {
                Optional<Ticket> t = counter.call(w, Optional.empty());
                if (t.isPresent()) {
                    double mean = SERVICE.get(w);
                    long minutes = Math.max(1, Math.round(mean * (0.4 + random.nextDouble() * 1.2)));
                    busyUntil.put(w, clock.instant().plus(Duration.ofMinutes(minutes)));
                }
            }
        }
    }

    private void finish(int w) {
        double r = random.nextDouble();
        if (r < 0.05) {
            counter.noShow(w);
        } else if (r < 0.08 && w <= 4) {
            counter.transfer(w, List.of("B", "C", "D").get(random.nextInt(3)), false);
        } else {
            Ticket t = counter.done(w);
            maybeRate(t, w);
        }
    }

    private void finishAll() {
        for (Integer w : new ArrayList<>(busyUntil.keySet())) {
            finish(w);
        }
        busyUntil.clear();
    }

    private void maybeRate(Ticket t, int window) {
        if (random.nextDouble() > 0.35) {
            return;
        }
        double r = random.nextDouble();
        // Window 3 is slow and gets more bad ratings.
        double badShare = window == 3 ? 0.12 : 0.025;
        RatingRequest request;
        if (r < badShare) {
            Set<BadReason> why = EnumSet.of(window == 3 ? BadReason.WAITING : BadReason.values()[random.nextInt(BadReason.values().length)]);
            if (random.nextDouble() < 0.4) {
                why.add(BadReason.SLOW);
            }
            request = new RatingRequest(random.nextDouble() < 0.6 ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED, why,
                    Optional.empty(), Optional.empty());
        } else if (r < badShare + 0.05) {
            request = RatingRequest.of(RatingLevel.BASICALLY_SATISFIED);
        } else if (r < badShare + 0.30) {
            request = RatingRequest.of(RatingLevel.SATISFIED);
        } else {
            request = RatingRequest.of(RatingLevel.VERY_SATISFIED);
        }
        RatingOutcome o = ratings.rateTicket(t.id(), request, "kiosk-sample");
        if (o instanceof RatingOutcome.Recorded rec && rec.rating().level().isBad()) {
            toHandle.add(rec.rating().id());
        }
    }

    /** Most bad ratings are handled within days; the last ones of the month stay open. */
    private void handleSome() {
        while (toHandle.size() > 3) {
            ratings.markHandled(toHandle.remove(0), "质量监督科", "已回访并整改");
        }
    }

    /** Lines by prefix and name, in order. */
    public static Map<String, String> lineNames() {
        Map<String, String> m = new LinkedHashMap<>();
        LINES.forEach(l -> m.put(l.prefix(), l.name()));
        return m;
    }
}
