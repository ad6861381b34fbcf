package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Listeners;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.ManagedDevice;

/**
 * The ID card reader as a device the manager watches and the kiosk's screens share. A check opens the reader when
 * it is closed (so a replugged reader comes back) and asks the SAM for its status; while the poller runs, checks
 * leave the line to it and report what it last saw, so a status command never lands between a find and a read.
 *
 * <p>The reader is polled while at least one {@link #subscribe subscription} holds it, and every subscriber gets
 * every card event; the last subscription to close stops the polling.
 */
public final class IdCardReaderDevice implements ManagedDevice {

    private final SamIdCardReader reader;
    private final Optional<SamReaderSimulator> simulator;
    private final Duration pollInterval;
    /** Held for every exchange on the serial line, by checks and polls alike. */
    private final Object lineLock = new Object();
    /** Guards the subscriptions and the poller; never held while talking to the reader. */
    private final Object pollLock = new Object();
    private final Listeners<IdCardEvent> listeners = new Listeners<>("idcard");
    private volatile Consumer<DeviceState> sink = state -> { };
    private int holds;
    private IdCardPoller poller;
    private volatile DeviceState polledState = DeviceState.ok();

    public IdCardReaderDevice(SamIdCardReader reader, Optional<SamReaderSimulator> simulator) {
        this(reader, simulator, Duration.ofMillis(300));
    }

    /** @param pollInterval pause between polls while a subscription holds the reader */
    public IdCardReaderDevice(SamIdCardReader reader, Optional<SamReaderSimulator> simulator, Duration pollInterval) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    @Override
    public String name() {
        return "idcard";
    }

    @Override
    public String spec() {
        return reader.link().spec();
    }

    /** The driver, for a caller that reads on its own (kioskctl devices read-card). */
    public SamIdCardReader reader() {
        return reader;
    }

    /** The in-process simulator when the spec is {@code sim:...}, e.g. to place another card in a demo. */
    public Optional<SamReaderSimulator> simulator() {
        return simulator;
    }

    @Override
    public DeviceState check() {
        // the line lock first and for the whole check: a poller starting meanwhile waits for the line
        synchronized (lineLock) {
            synchronized (pollLock) {
                if (poller != null && reader.link().isOpen()) {
                    return polledState;
                }
            }
            try {
                if (reader.link().isOpen()) {
                    reader.checkSam();
                } else {
                    reader.open();
                }
                polledState = DeviceState.ok();
                return DeviceState.ok();
            } catch (ReaderStatusException e) {
                return new DeviceState.Offline("读卡器故障 / reader fault: " + e.getMessage());
            } catch (ReaderTimeoutException e) {
                return new DeviceState.Offline("读卡器无应答 / no answer: " + e.getMessage());
            } catch (IdCardException e) {
                return new DeviceState.Offline("读卡器通信错误 / line error: " + e.getMessage());
            } catch (LinkException e) {
                reader.link().close();
                return new DeviceState.Offline("读卡器连接断开 / disconnected: " + e.getMessage());
            }
        }
    }

    @Override
    public void reportStateChangesTo(Consumer<DeviceState> newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }

    /**
     * Reports card events to {@code listener}, from the poll thread, until the subscription is closed. The first
     * subscription starts polling (opening the reader on the poll thread if need be); reader faults seen while
     * polling also reach the manager at once.
     */
    public Subscription subscribe(Consumer<IdCardEvent> listener) {
        Subscription added = listeners.add(listener);
        synchronized (pollLock) {
            holds++;
            if (poller == null) {
                poller = new IdCardPoller(new LineGuard(), pollInterval, 2, 3, this::polled);
                poller.start();
            }
        }
        return new Subscription() {
            private boolean open = true;

            @Override
            public void close() {
                IdCardPoller stopping = null;
                synchronized (pollLock) {
                    if (!open) {
                        return;
                    }
                    open = false;
                    added.close();
                    if (--holds == 0) {
                        stopping = poller;
                        poller = null;
                    }
                }
                if (stopping != null) {
                    stopping.close(); // outside the lock: the poll thread may be waiting for the line
                }
            }
        };
    }

    /** How many subscriptions hold the reader now. */
    public int subscriberCount() {
        synchronized (pollLock) {
            return holds;
        }
    }

    /** Whether the reader is being polled (some subscription holds it). */
    public boolean isPolling() {
        synchronized (pollLock) {
            return poller != null;
        }
    }

    private void polled(IdCardEvent event) {
        if (event instanceof IdCardEvent.ReaderFault fault) {
            polledState = new DeviceState.Offline((fault.disconnected() ? "读卡器连接断开 / disconnected: "
                    : "读卡器无应答 / no answer: ") + fault.reason());
            sink.accept(polledState);
        } else if (event instanceof IdCardEvent.ReaderRestored) {
            polledState = DeviceState.ok();
            sink.accept(polledState);
        }
        listeners.dispatch(event);
    }

    @Override
    public void close() {
        IdCardPoller stopping;
        synchronized (pollLock) {
            stopping = poller;
            poller = null;
        }
        if (stopping != null) {
            stopping.close();
        }
        reader.close();
        simulator.ifPresent(SamReaderSimulator::close);
    }

    /** The reader as the poller sees it: each exchange holds the line, and a closed reader is opened first. */
    private final class LineGuard implements IdCardReader {

        @Override
        public void open() throws IdCardException, LinkException {
            synchronized (lineLock) {
                reader.open();
            }
        }

        @Override
        public boolean isCardPresent() throws IdCardException, LinkException {
            synchronized (lineLock) {
                if (!reader.link().isOpen()) {
                    reader.open();
                }
                return reader.isCardPresent();
            }
        }

        @Override
        public IdCard readCard() throws IdCardException, LinkException {
            synchronized (lineLock) {
                return reader.readCard();
            }
        }

        @Override
        public IdCard waitForCard(Duration timeout) throws IdCardException, LinkException {
            synchronized (lineLock) {
                return reader.waitForCard(timeout);
            }
        }

        @Override
        public void close() {
            // the device owns the reader
        }
    }
}
