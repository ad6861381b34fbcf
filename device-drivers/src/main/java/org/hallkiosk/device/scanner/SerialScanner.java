package org.hallkiosk.device.scanner;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Listeners;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner in serial or USB virtual-COM mode on a {@link ByteLink} (typically 9600 8N1, no flow control).
 *
 * <p>A reader thread listens from {@link #open()} on, so the idle gap is measured when bytes arrive, not when
 * someone asks for the next code. Codes are handed to every subscriber while there is one, or else queued (the
 * oldest dropped beyond {@value #QUEUE_SIZE}) for {@link #next}.
 */
public final class SerialScanner implements BarcodeScanner {

    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
    static final int QUEUE_SIZE = 16;
    /** How long the reader thread blocks when no code is pending, so that close() is noticed promptly. */
    private static final Duration IDLE_READ = Duration.ofMillis(200);

    private final ByteLink link;
    private final ScannerSettings settings;
    private final BlockingQueue<ScannerEvent> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
    private final Object lifecycle = new Object();
    private final Listeners<ScannerEvent> subscribers = new Listeners<>("scanner");
    private final AtomicLong assembled = new AtomicLong();
    private volatile LinkException failure;
    private Thread reader;
    private volatile boolean running;

    public SerialScanner(ByteLink link, ScannerSettings settings) {
        this.link = Objects.requireNonNull(link, "link");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ByteLink link() {
        return link;
    }

    /** Opens the link and starts listening; after a link failure it reopens the link and listens afresh. */
    @Override
    public void open() throws LinkException {
        synchronized (lifecycle) {
            if (running && failure == null) {
                return;
            }
            if (reader != null) {
                stopListening();
            }
            link.open();
            failure = null;
            running = true;
            reader = new Thread(this::listen, "scanner-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Delivers every event to {@code listener} from the reader thread until the subscription is closed; while any
     * subscription holds the scanner, nothing is queued for {@link #next}.
     */
    public Subscription subscribe(Consumer<ScannerEvent> listener) {
        return subscribers.add(listener);
    }

    /** How many subscriptions hold the scanner now. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** How many events (codes and rejections) the reader thread has assembled since it was made. */
    public long eventsAssembled() {
        return assembled.get();
    }

    /**
     * The next queued event, waiting at most {@code timeout}.
     *
     * @throws LinkException when the link failed and nothing is queued any more
     */
    @Override
    public Optional<ScannerEvent> next(Duration timeout) throws LinkException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ScannerEvent event = queue.poll();
            if (event != null) {
                return Optional.of(event);
            }
            LinkException failed = failure;
            if (failed != null) {
                throw failed;
            }
            if (!running) {
                throw new LinkException.Disconnected(link.spec() + ": scanner is not open");
            }
            long wait = deadline - System.nanoTime();
            if (wait <= 0) {
                return Optional.empty();
            }
            try {
                // short slices so that a link failure is reported without waiting out the whole timeout
                event = queue.poll(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            if (event != null) {
                return Optional.of(event);
            }
        }
    }

    /** Whether the reader thread is listening (false after close or a link failure). */
    public boolean isListening() {
        return running && failure == null;
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            stopListening();
        }
    }

    private void stopListening() {
        running = false;
        Thread t = reader;
        reader = null;
        link.close();
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        ScanAssembler assembler = new ScanAssembler(settings);
        byte[] buffer = new byte[1024];
        try {
            while (running) {
                long now = System.nanoTime();
                assembler.idle(now).ifPresent(this::deliver);
                Duration wait = assembler.hasPending()
                        ? Duration.ofNanos(Math.max(1_000_000, assembler.idleDeadlineNanos() - now))
                        : IDLE_READ;
                int n = link.read(buffer, wait);
                if (n > 0) {
                    assembler.accept(buffer, n, System.nanoTime()).forEach(this::deliver);
                }
            }
        } catch (LinkException e) {
            if (running) {
                LOG.info("scanner on {} stopped: {}", link.spec(), e.getMessage());
                failure = e;
            }
        }
    }

    private void deliver(ScannerEvent event) {
        if (event instanceof ScannerEvent.CodeRejected rejected) {
            LOG.warn("scanner input rejected: {}", rejected.reason());
        }
        if (!subscribers.dispatch(event)) {
            while (!queue.offer(event)) {
                queue.poll();
            }
        }
        assembled.incrementAndGet();
    }
}
