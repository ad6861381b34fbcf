package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hallkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an {@link IdCardReader} and reports each placed card once: the same card is not reported again until
 * the reader has stopped seeing it for {@code absentPollsForRemoval} polls in a row.
 *
 * <p>A card whose content cannot be decoded (unsupported type, bad field) is reported once and then left alone
 * until removed; a read that fails for transient reasons is retried on the next polls, up to
 * {@code readAttempts} times per placement. Faults are reported once, not on every poll.
 *
 * <p>Listeners are called after the poll step has released the poller's lock, so a listener may call back into the
 * poller (or wait for a thread that does) without a deadlock; nothing is reported once {@link #close()} began.
 */
public final class IdCardPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdCardPoller.class);

    private enum Phase { EMPTY, HOLDING }

    private final IdCardReader reader;
    private final Duration interval;
    private final int absentPollsForRemoval;
    private final int readAttempts;
    private final Consumer<IdCardEvent> listener;

    private Phase phase = Phase.EMPTY;
    private int absentPolls;
    private int failedReads;
    private boolean unreadableReported;
    private boolean faulted;
    private final Object executorLock = new Object();
    private final Object stateLock = new Object();
    private final List<IdCardEvent> pending = new ArrayList<>();
    private ScheduledExecutorService executor;
    private Thread pollThread;
    private volatile boolean closed;

    /**
     * @param interval pause between polls
     * @param absentPollsForRemoval consecutive "no card" answers that mean the card is gone (at least 1)
     * @param readAttempts reads tried per placement before the card is reported unreadable and left alone
     */
    public IdCardPoller(IdCardReader reader, Duration interval, int absentPollsForRemoval, int readAttempts,
                        Consumer<IdCardEvent> listener) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (absentPollsForRemoval < 1 || readAttempts < 1) {
            throw new IllegalArgumentException("absentPollsForRemoval and readAttempts must be at least 1");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.absentPollsForRemoval = absentPollsForRemoval;
        this.readAttempts = readAttempts;
    }

    /** 300 ms polls, removal after 2 empty polls, 3 read attempts per placement. */
    public static IdCardPoller withDefaults(IdCardReader reader, Consumer<IdCardEvent> listener) {
        return new IdCardPoller(reader, Duration.ofMillis(300), 2, 3, listener);
    }

    /** Starts polling on a background thread. */
    public void start() {
        synchronized (executorLock) {
            if (executor != null) {
                return;
            }
            if (closed) {
                throw new IllegalStateException("ID card poller closed");
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "idcard-poller");
                t.setDaemon(true);
                pollThread = t;
                return t;
            });
            executor.scheduleWithFixedDelay(this::pollOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One poll step; called by the background thread, or directly by tests and callers that drive their own loop. */
    public void pollOnce() {
        List<IdCardEvent> events;
        synchronized (stateLock) {
            step();
            events = List.copyOf(pending);
            pending.clear();
        }
        for (IdCardEvent event : events) {
            if (closed) {
                return;
            }
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("ID card event listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    private void step() {
        try {
            boolean present = reader.isCardPresent();
            restored();
            if (phase == Phase.HOLDING) {
                trackRemoval(present);
            } else if (present) {
                absentPolls = 0;
                tryRead();
            } else {
                trackRemoval(false);
            }
        } catch (IdCardException e) {
            fault(e.getMessage(), false);
        } catch (LinkException e) {
            fault(e.getMessage(), e instanceof LinkException.Disconnected);
        } catch (RuntimeException e) {
            LOG.error("ID card poll failed unexpectedly", e);
            fault("internal error: " + e.getClass().getSimpleName(), false);
        }
    }

    private void tryRead() throws LinkException {
        if (failedReads >= readAttempts) {
            return;
        }
        try {
            IdCard card = reader.readCard();
            phase = Phase.HOLDING;
            failedReads = 0;
            unreadableReported = false;
            emit(new IdCardEvent.CardPlaced(card));
        } catch (UnsupportedCardException | CardDataException e) {
            failedReads = readAttempts;
            unreadable(e.getMessage());
        } catch (IdCardException e) {
            failedReads++;
            if (failedReads >= readAttempts) {
                unreadable(e.getMessage());
            }
        }
    }

    private void trackRemoval(boolean present) {
        if (present) {
            absentPolls = 0;
            return;
        }
        if (absentPolls >= absentPollsForRemoval) {
            return;
        }
        absentPolls++;
        if (absentPolls < absentPollsForRemoval) {
            return;
        }
        failedReads = 0;
        unreadableReported = false;
        if (phase == Phase.HOLDING) {
            phase = Phase.EMPTY;
            emit(new IdCardEvent.CardRemoved());
        }
    }

    private void unreadable(String reason) {
        if (!unreadableReported) {
            unreadableReported = true;
            emit(new IdCardEvent.CardUnreadable(reason));
        }
    }

    private void fault(String reason, boolean disconnected) {
        if (!faulted) {
            faulted = true;
            emit(new IdCardEvent.ReaderFault(reason, disconnected));
        }
    }

    private void restored() {
        if (faulted) {
            faulted = false;
            emit(new IdCardEvent.ReaderRestored());
        }
    }

    private void emit(IdCardEvent event) {
        pending.add(event);
    }

    /**
     * Stops the background thread and waits for a poll in progress to end (unless called from the poll thread
     * itself, e.g. by a listener); nothing is reported after it returns. The reader stays open (its owner closes it).
     */
    @Override
    public void close() {
        closed = true;
        ScheduledExecutorService stopping;
        Thread thread;
        synchronized (executorLock) {
            stopping = executor;
            thread = pollThread;
            executor = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        if (thread == Thread.currentThread()) {
            return;
        }
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("ID card poll did not end within 10 s of close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
