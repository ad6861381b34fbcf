package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.scanner.ScannerDevice;
import org.hallkiosk.device.scanner.ScannerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ScanFeed} over the kiosk's serial scanner (the device manager's {@link ScannerDevice}; with a {@code sim:}
 * spec, its in-process simulator). The scanner has one subscriber at a time: listening takes it over, and other
 * flows take it back when their screens open; after {@link Listening#close()} codes are simply dropped.
 */
public final class ScannerFeed implements ScanFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerFeed.class);

    private final ScannerDevice device;
    private final Executor background;
    private volatile Consumer<String> listener;

    /** {@code background} opens the scanner if the device manager has not (yet). */
    public ScannerFeed(ScannerDevice device, Executor background) {
        this.device = Objects.requireNonNull(device, "device");
        this.background = Objects.requireNonNull(background, "background");
    }

    private void deliver(ScannerEvent event) {
        Consumer<String> l = listener;
        if (l == null) {
            return; // nobody is on the 进度查询 screen: a scan here means nothing to it
        }
        if (event instanceof ScannerEvent.CodeScanned code) {
            l.accept(code.code());
        } else if (event instanceof ScannerEvent.CodeRejected rejected) {
            LOG.info("scanner refused input: {}", rejected.reason());
        }
    }

    @Override
    public Listening listen(Consumer<String> codes) {
        listener = codes;
        device.subscribe(this::deliver);
        background.execute(() -> {
            if (!device.scanner().isListening()) {
                device.check(); // opens the port; a failure is the device manager's to report
            }
        });
        return () -> {
            if (listener == codes) {
                listener = null;
            }
        };
    }

    @Override
    public boolean simulated() {
        return device.simulator().isPresent();
    }

    @Override
    public void simulateScan(String code) {
        try {
            device.simulator().orElseThrow(() -> new IllegalStateException("not a simulated scanner")).emit(code);
        } catch (LinkException e) {
            LOG.warn("simulated scan failed: {}", e.getMessage());
        }
    }
}
