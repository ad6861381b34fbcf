package org.hallkiosk.kiosk.devices;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.scanner.ScannerDevice;
import org.hallkiosk.device.scanner.ScannerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Scans} over the device manager's serial scanner (with a {@code sim:} spec, its in-process simulator), or
 * none. A subscription opens the port on {@code background} when the manager has not (yet).
 */
final class ScannerCodes extends OwnedFeed<String> implements Scans {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerCodes.class);

    private final Optional<ScannerDevice> device;

    ScannerCodes(Optional<ScannerDevice> device, Executor background) {
        super(listener -> device.map(d -> {
            Subscription s = d.subscribe(event -> {
                if (event instanceof ScannerEvent.CodeScanned code) {
                    listener.accept(code.code());
                }
            });
            if (!d.scanner().isListening()) {
                background.execute(() -> {
                    if (!d.scanner().isListening()) {
                        d.check(); // opens the port; a failure is the device manager's to report
                    }
                });
            }
            return s;
        }).orElse(Subscription.NONE));
        this.device = Objects.requireNonNull(device, "device");
    }

    @Override
    public boolean simulated() {
        return device.flatMap(ScannerDevice::simulator).isPresent();
    }

    @Override
    public void simulateScan(String code) {
        try {
            device.flatMap(ScannerDevice::simulator)
                    .orElseThrow(() -> new IllegalStateException("not a simulated scanner"))
                    .emit(code);
        } catch (LinkException e) {
            LOG.warn("simulated scan failed: {}", e.getMessage());
        }
    }
}
