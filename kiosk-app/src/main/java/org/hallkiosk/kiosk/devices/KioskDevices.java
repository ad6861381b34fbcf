package org.hallkiosk.kiosk.devices;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Listeners;
import org.hallkiosk.device.gpio.GpioDevice;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.manager.DeviceEvent;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.scanner.ScannerDevice;

/**
 * The kiosk's hardware as the screens see it: the printer by role; the card reader, scanner, presence sensor and
 * help button as shared {@link DeviceFeed}s any screen subscribes to; and the status lamp kept showing the worst
 * device state. The device manager logs every state change; this class does not log them again.
 */
public final class KioskDevices implements AutoCloseable {

    private final DeviceManager manager;
    private final ExecutorService opener = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "device-opener");
        t.setDaemon(true);
        return t;
    });
    private final Listeners<Boolean> presenceListeners = new Listeners<>("presence sensor");
    private final Listeners<HelpPress> helpListeners = new Listeners<>("help button");
    private final Cards cards;
    private final Scans scans;
    private final DeviceFeed<Boolean> presence = new OwnedFeed<>(presenceListeners::add);
    private final DeviceFeed<HelpPress> help = new OwnedFeed<>(helpListeners::add);

    public KioskDevices(DeviceManager manager) {
        this.manager = manager;
        this.cards = new ReaderCards(idCardReader());
        this.scans = new ScannerCodes(scanner(), opener);
        manager.addListener(this::onDeviceEvent);
        gpio().ifPresent(g -> g.whenOpened(() -> g.gpio().ifPresent(pins -> {
            pins.presence().ifPresent(p -> p.onChange(presenceListeners::dispatch));
            pins.helpButton().ifPresent(b -> b.onPress(() -> helpListeners.dispatch(new HelpPress())));
            g.showWorst(manager.worst());
        })));
    }

    private void onDeviceEvent(DeviceEvent event) {
        gpio().ifPresent(g -> g.showWorst(manager.worst()));
    }

    /** Opens and watches every device in the background; the kiosk never waits for hardware to start. */
    public KioskDevices start() {
        manager.start();
        return this;
    }

    /** The ID card reader's events, polled while someone subscribes (none when no reader is fitted). */
    public Cards cards() {
        return cards;
    }

    /** Codes from the serial scanner (none when no scanner is fitted). */
    public Scans scans() {
        return scans;
    }

    /** True when someone steps up to the kiosk and false when they have left, on a GPIO thread. */
    public DeviceFeed<Boolean> presence() {
        return presence;
    }

    /** Presses of the help button (staff are called to the kiosk), on a GPIO thread. */
    public DeviceFeed<HelpPress> help() {
        return help;
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

    public DeviceManager manager() {
        return manager;
    }

    @Override
    public void close() {
        opener.shutdownNow();
        manager.close();
    }
}
