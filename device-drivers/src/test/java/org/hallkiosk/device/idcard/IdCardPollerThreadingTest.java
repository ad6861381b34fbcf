package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The poller's locking: listeners run outside its lock, and close() waits for a poll in progress. */
class IdCardPollerThreadingTest {

    @Test
    void aListenerMayWaitForAnotherThreadThatPolls() throws Exception {
        FakeReader reader = new FakeReader();
        reader.present = true;
        AtomicReference<IdCardPoller> self = new AtomicReference<>();
        AtomicBoolean otherFinished = new AtomicBoolean();
        IdCardPoller poller = new IdCardPoller(reader, Duration.ofSeconds(1), 2, 3, event -> {
            if (event instanceof IdCardEvent.CardPlaced) {
                Thread other = new Thread(() -> self.get().pollOnce(), "other-poll");
                other.start();
                try {
                    other.join(TimeUnit.SECONDS.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                otherFinished.set(!other.isAlive());
            }
        });
        self.set(poller);

        poller.pollOnce();

        assertThat(otherFinished).as("the other thread's poll was not blocked by the listener's caller").isTrue();
    }

    @Test
    void closeWaitsForThePollInProgressAndNothingIsReportedAfterIt() throws Exception {
        FakeReader reader = new FakeReader();
        reader.present = true;
        reader.blockFind = new CountDownLatch(1);
        List<IdCardEvent> afterClose = new CopyOnWriteArrayList<>();
        AtomicBoolean closeReturned = new AtomicBoolean();
        IdCardPoller poller = new IdCardPoller(reader, Duration.ofMillis(10), 2, 3, event -> {
            if (closeReturned.get()) {
                afterClose.add(event);
            }
        });
        poller.start();
        assertThat(reader.inFind.await(5, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(() -> {
            poller.close();
            closeReturned.set(true);
        }, "closer");
        closer.start();
        // the closer is parked (waiting for the poll thread) or already done
        awaitCondition(() -> closer.getState() == Thread.State.TIMED_WAITING || closer.getState() == Thread.State.WAITING
                || !closer.isAlive());
        boolean returnedWhilePollStuck = closeReturned.get();
        reader.blockFind.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(5));
        reader.pollThread.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(returnedWhilePollStuck).as("close() returned while a poll was still talking to the reader").isFalse();
        assertThat(afterClose).as("events reported after close() returned").isEmpty();
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
            Thread.sleep(1);
        }
    }

    /** A reader whose find can be held up, ignoring interrupts as a blocking serial read may. */
    private static final class FakeReader implements IdCardReader {
        volatile boolean present;
        volatile CountDownLatch blockFind;
        final CountDownLatch inFind = new CountDownLatch(1);
        volatile Thread pollThread;

        @Override
        public void open() {
        }

        @Override
        public boolean isCardPresent() {
            pollThread = Thread.currentThread();
            inFind.countDown();
            CountDownLatch block = blockFind;
            if (block != null) {
                boolean done = false;
                while (!done) {
                    try {
                        done = block.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        // like a serial read that finishes its exchange first
                    }
                }
            }
            return present;
        }

        @Override
        public IdCard readCard() {
            return SimulatedCards.resident();
        }

        @Override
        public IdCard waitForCard(Duration timeout) {
            return SimulatedCards.resident();
        }

        @Override
        public void close() {
        }
    }
}
