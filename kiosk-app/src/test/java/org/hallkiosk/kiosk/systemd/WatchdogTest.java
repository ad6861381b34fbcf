package org.hallkiosk.kiosk.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchdog pings only while the UI thread answers, over a real notify socket. */
class WatchdogTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** A UI thread the test runs by hand: probes wait in the queue until {@link #runAll()}, as on a busy thread. */
    static final class HandRunThread implements Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queued.add(r);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void aWedgedUiThreadStopsThePingsAndAnsweringAgainResumesThem() throws Exception {
        String path = dir.resolve("notify").toString();
        AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
        HandRunThread ui = new HandRunThread();
        try (NotifySocket systemd = new NotifySocket(path)) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path)).orElseThrow();
            Watchdog watchdog = new Watchdog(notifier, INTERVAL, ui, clock);

            assertThat(watchdog.tick()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
            ui.runAll(); // the UI thread answers
            clock.advance(INTERVAL);
            assertThat(watchdog.tick()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");

            // the UI thread stops answering: one interval late is forgiven, more is not
            clock.advance(INTERVAL);
            assertThat(watchdog.tick()).as("20 s without an answer").isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
            clock.advance(INTERVAL);
            assertThat(watchdog.tick()).as("30 s without an answer").isFalse();
            assertThat(systemd.receive(Duration.ofMillis(300))).as("no ping while wedged").isEmpty();
            assertThat(ui.queued).as("a wedged thread is sent one probe, not one per tick").hasSize(1);

            ui.runAll();
            clock.advance(INTERVAL);
            assertThat(watchdog.tick()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
        }
    }

    @Test
    void startedItPingsOnItsOwnThreadThroughARealExecutor() throws Exception {
        String path = dir.resolve("notify").toString();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (NotifySocket systemd = new NotifySocket(path);
             Watchdog watchdog = new Watchdog(SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path)).orElseThrow(),
                     Duration.ofMillis(50), ui, java.time.Clock.systemUTC()).start()) {
            for (int i = 0; i < 3; i++) {
                assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
            }
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void theIntervalIsAThirdOfWatchdogSec() {
        assertThat(Watchdog.intervalFrom(Map.of("WATCHDOG_USEC", "30000000"))).contains(Duration.ofSeconds(10));
        assertThat(Watchdog.intervalFrom(Map.of())).isEmpty();
        assertThat(Watchdog.intervalFrom(Map.of("WATCHDOG_USEC", "0"))).isEmpty();
        assertThat(Watchdog.intervalFrom(Map.of("WATCHDOG_USEC", "soon"))).isEqualTo(Optional.empty());
    }
}
