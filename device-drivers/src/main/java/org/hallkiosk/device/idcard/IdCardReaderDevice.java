package org.hallkiosk.device.idcard;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.ManagedDevice;

/**
 * The ID card reader as a device the manager watches. A check opens the reader when it is closed (so a replugged
 * reader comes back) and asks the SAM for its status; while the poller runs, checks leave the line to it and
 * report what it last saw, so a status command never lands between a find and a read.
 */
public final class IdCardReaderDevice implements ManagedDevice {

    private final SamIdCardReader reader;
    private final Optional<SamReaderSimulator> simulator;
    private final Object pollLock = new Object();
    private volatile Consumer<DeviceState> sink = state -> { };
    private IdCardPoller poller;
    private volatile DeviceState polledState = DeviceState.ok();

    public IdCardReaderDevice(SamIdCardReader reader, Optional<SamReaderSimulator> simulator) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
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

    @Override
    public void reportStateChangesTo(Consumer<DeviceState> newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }

    /**
     * Starts reporting placed cards to {@code listener} (replacing an earlier listener). Reader faults seen while
     * polling also reach the manager at once.
     */
    public void startPolling(Consumer<IdCardEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (pollLock) {
            stopPolling();
            poller = IdCardPoller.withDefaults(reader, event -> {
                if (event instanceof IdCardEvent.ReaderFault fault) {
                    polledState = new DeviceState.Offline((fault.disconnected() ? "读卡器连接断开 / disconnected: "
                            : "读卡器无应答 / no answer: ") + fault.reason());
                    sink.accept(polledState);
                } else if (event instanceof IdCardEvent.ReaderRestored) {
                    polledState = DeviceState.ok();
                    sink.accept(polledState);
                }
                listener.accept(event);
            });
            poller.start();
        }
    }

    /** Stops reporting cards (e.g. when the queue screen that wanted a card closes). */
    public void stopPolling() {
        synchronized (pollLock) {
            if (poller != null) {
                poller.close();
                poller = null;
            }
        }
    }

    @Override
    public void close() {
        stopPolling();
        reader.close();
        simulator.ifPresent(SamReaderSimulator::close);
    }
}
