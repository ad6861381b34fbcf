package org.hallkiosk.device.scanner;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.ManagedDevice;

/**
 * The serial scanner as a device the manager watches. A scanner never answers anything, so a check can only tell
 * whether its port is open and being listened to; it reopens a port that went away.
 */
public final class ScannerDevice implements ManagedDevice {

    private final SerialScanner scanner;
    private final Optional<ScannerSimulator> simulator;

    public ScannerDevice(SerialScanner scanner, Optional<ScannerSimulator> simulator) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public String name() {
        return "scanner";
    }

    @Override
    public String spec() {
        return scanner.link().spec();
    }

    /** The driver: {@link SerialScanner#next} or {@link SerialScanner#subscribe}. */
    public SerialScanner scanner() {
        return scanner;
    }

    /** The in-process simulator when the spec is {@code sim:...}, to emit codes in demos. */
    public Optional<ScannerSimulator> simulator() {
        return simulator;
    }

    /** Hands every code to {@code listener} from the scanner's thread until the subscription is closed. */
    public Subscription subscribe(Consumer<ScannerEvent> listener) {
        return scanner.subscribe(listener);
    }

    @Override
    public DeviceState check() {
        if (scanner.isListening()) {
            return DeviceState.ok();
        }
        try {
            scanner.open();
            return DeviceState.ok();
        } catch (LinkException e) {
            return new DeviceState.Offline("扫码器连接断开 / disconnected: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        scanner.close();
        simulator.ifPresent(ScannerSimulator::close);
    }
}
