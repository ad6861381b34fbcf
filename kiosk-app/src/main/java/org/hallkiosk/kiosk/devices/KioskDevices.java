package org.hallkiosk.kiosk.devices;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hallkiosk.device.gpio.GpioDevice;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.manager.DeviceEvent;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.scanner.ScannerDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's hardware as the flows see it: the printer, card reader and scanner by role, the presence
 * sensor and help button as events, and the status lamp kept showing the worst device state.
 */
public final class KioskDevices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskDevices.class);

    private final DeviceManager manager;
    private final List<Runnable> arrivals = new CopyOnWriteArrayList<>();
    private final List<Runnable> helpPresses = new CopyOnWriteArrayList<>();

    public KioskDevices(DeviceManager manager) {
        this.manager = manager;
        manager.addListener(this::onDeviceEvent);
        gpio().ifPresent(g -> g.whenOpened(() -> g.gpio().ifPresent(pins -> {
            pins.presence().ifPresent(p -> p.onChange(present -> {
                if (present) {
                    arrivals.forEach(Runnable::run);
                }
            }));
            pins.helpButton().ifPresent(b -> b.onPress(() -> {
                LOG.info("help button pressed: staff called to the kiosk");
                helpPresses.forEach(Runnable::run);
            }));
            g.showWorst(manager.worst());
        })));
    }

    private void onDeviceEvent(DeviceEvent event) {
        if (event.current().health() == Health.OK) {
            LOG.info("device {}", event.describe());
        } else {
            LOG.warn("device {}", event.describe());
        }
        gpio().ifPresent(g -> g.showWorst(manager.worst()));
    }

    /** Opens and watches every device in the background; the kiosk never waits for hardware to start. */
    public KioskDevices start() {
        manager.start();
        return this;
    }

    public Optional<PrinterDevice> printer() {
        return manager.device("printer", PrinterDevice.class);
    }

    public Optional<IdCardReaderDevice> idCardReader() {
        return manager.device("idcard", IdCardReaderDevice.class);
    }

    public Optional<ScannerDevice> scanner() {
        return manager.device("scanner", ScannerDevice.class);
    }

    public Optional<GpioDevice> gpio() {
        return manager.device("gpio", GpioDevice.class);
    }

    /** Each device's last known state, in configuration order. */
    public Map<String, DeviceState> states() {
        return manager.states();
    }

    /** The worst health over all devices: what the lamp shows. */
    public Health worst() {
        return manager.worst();
    }

    /** State changes of any device, on the manager's threads. */
    public void onChange(Consumer<DeviceEvent> listener) {
        manager.addListener(listener);
    }

    /** Someone stepped up to the kiosk (presence sensor), on a GPIO thread. */
    public void onArrival(Runnable listener) {
        arrivals.add(listener);
    }

    /** The help button was pressed, on a GPIO thread. */
    public void onHelp(Runnable listener) {
        helpPresses.add(listener);
    }

    public DeviceManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
