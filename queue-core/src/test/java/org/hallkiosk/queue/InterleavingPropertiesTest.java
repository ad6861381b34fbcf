package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any interleaving of two kiosks issuing and counters calling, finishing, missing and transferring keeps each line's
 * numbers unique and consecutive, and leaves every window with at most one ticket.
 */
class InterleavingPropertiesTest {

    /** One step of the hall's day. */
    sealed interface Action permits Issue, Call, Done, NoShow, Transfer, Advance {
    }

    record Issue(int kiosk, String line, int person) implements Action {
    }

    record Call(int window) implements Action {
    }

    record Done(int window) implements Action {
    }

    record NoShow(int window) implements Action {
    }

    record Transfer(int window, String to) implements Action {
    }

    record Advance(int minutes) implements Action {
    }

    @Property(tries = 60)
    void numbersStayUniqueAndConsecutivePerLineOnSqlite(@ForAll("days") List<Action> actions, @ForAll boolean requeue) throws IOException {
        check(Backend.SQLITE, actions, requeue);
    }

    @Property(tries = 30)
    void numbersStayUniqueAndConsecutivePerLineOnPostgresql(@ForAll("days") List<Action> actions, @ForAll boolean requeue) throws IOException {
        check(Backend.POSTGRESQL, actions, requeue);
    }

    private void check(Backend backend, List<Action> actions, boolean requeue) throws IOException {
        Path dir = Files.createTempDirectory("queue-prop");
        QueueSettings settings = QueueSettings.defaults().withNoShow(requeue ? NoShowPolicy.REQUEUE : NoShowPolicy.VOID, 2, 2);
        TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
        LineCatalogue lines = new FixedLineCatalogue(List.of(QueueFixture.A, QueueFixture.B), QueueFixture.HOURS, false);
        try (TestDatabases dbs = new TestDatabases(backend, dir)) {
            TestDatabases.Place place = dbs.place();
            run(place, settings, clock, lines, actions);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(TestDatabases.Place place, QueueSettings settings, TestClock clock, LineCatalogue lines, List<Action> actions) {
        try (QueueDatabase kioskDb1 = place.open();
             QueueDatabase kioskDb2 = place.open();
             QueueDatabase counterDb = place.open()) {
            List<TicketDesk> kiosks = List.of(
                    new TicketDesk(kioskDb1, lines, settings, clock, "k1", new SecureRandom(), place.key()),
                    new TicketDesk(kioskDb2, lines, settings, clock, "k2", new SecureRandom(), place.key()));
            CounterDesk counter = new CounterDesk(counterDb, lines, settings, clock);
            Map<String, Integer> lastIssued = new HashMap<>();
            for (Action a : actions) {
                apply(a, kiosks, counter, clock, lastIssued);
                checkInvariants(counterDb, lastIssued);
            }
        }
    }

    private static void apply(Action a, List<TicketDesk> kiosks, CounterDesk counter, TestClock clock,
                              Map<String, Integer> lastIssued) {
        try {
            if (a instanceof Issue i) {
                Optional<Visitor> who = i.person() == 0 ? Optional.empty()
                        : Optional.of(new Visitor("person-" + i.person(), "张*", i.person() % 3 == 0));
                IssueResult r = kiosks.get(i.kiosk()).issueFor(i.line(), who);
                if (r instanceof IssueResult.Issued issued) {
                    int expected = lastIssued.getOrDefault(i.line(), 0) + 1;
                    assertThat(issued.ticket().sequence()).as("next number on " + i.line()).isEqualTo(expected);
                    assertThat(issued.ticket().number()).isEqualTo(Ticket.number(i.line(), expected));
                    lastIssued.put(i.line(), expected);
                }
            } else if (a instanceof Call c) {
                counter.call(c.window(), Optional.empty());
            } else if (a instanceof Done d) {
                counter.done(d.window());
            } else if (a instanceof NoShow n) {
                counter.noShow(n.window());
            } else if (a instanceof Transfer t) {
                counter.transfer(t.window(), t.to(), false);
            } else if (a instanceof Advance m) {
                clock.advance(Duration.ofMinutes(m.minutes()));
            }
        } catch (CounterException expectedForSomeSteps) {
            // e.g. done at a window that has no ticket: refused, and nothing may have changed
        }
    }

    private static void checkInvariants(QueueDatabase db, Map<String, Integer> lastIssued) {
        List<Ticket> all = db.read(c -> TicketRows.list(c, "1 = 1 ORDER BY issued_on, sequence"));
        Set<String> numbers = new HashSet<>();
        Map<String, List<Integer>> sequences = new HashMap<>();
        Set<Integer> busyWindows = new HashSet<>();
        for (Ticket t : all) {
            assertThat(numbers.add(t.number())).as("number " + t.number() + " once").isTrue();
            assertThat(t.number()).isEqualTo(Ticket.number(t.issuedOn(), t.sequence()));
            sequences.computeIfAbsent(t.issuedOn(), k -> new ArrayList<>()).add(t.sequence());
            if (t.state() == TicketState.CALLED) {
                assertThat(busyWindows.add(t.window())).as("window " + t.window() + " has one ticket").isTrue();
            }
        }
        for (Map.Entry<String, List<Integer>> e : sequences.entrySet()) {
            List<Integer> seq = e.getValue();
            for (int i = 0; i < seq.size(); i++) {
                assertThat(seq.get(i)).as("line " + e.getKey() + " consecutive").isEqualTo(i + 1);
            }
            assertThat(seq.size()).isEqualTo(lastIssued.getOrDefault(e.getKey(), 0));
        }
    }

    @Provide
    Arbitrary<List<Action>> days() {
        Arbitrary<String> line = Arbitraries.of("A", "B");
        Arbitrary<Integer> window = Arbitraries.of(1, 2, 5, 6);
        Arbitrary<Action> issue = Combinators.combine(Arbitraries.integers().between(0, 1), line, Arbitraries.integers().between(0, 4))
                .as(Issue::new);
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, issue),
                net.jqwik.api.Tuple.of(3, window.map(Call::new)),
                net.jqwik.api.Tuple.of(2, window.map(Done::new)),
                net.jqwik.api.Tuple.of(1, window.map(NoShow::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(window, line).as(Transfer::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 5).map(Advance::new)));
        return action.list().ofMinSize(1).ofMaxSize(40);
    }
}
