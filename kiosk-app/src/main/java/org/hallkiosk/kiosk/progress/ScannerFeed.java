package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.scanner.ScannerEvent;
import org.hallkiosk.device.scanner.ScannerSimulator;
import org.hallkiosk.device.scanner.SerialScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link ScanFeed} over the device layer's serial scanner (or its in-process simulator for {@code sim:} specs). */
public final class ScannerFeed implements ScanFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerFeed.class);

    private final SerialScanner scanner;
    private final Optional<ScannerSimulator> simulator;
    private volatile Consumer<String> listener;

    /** Listens on an open scanner; {@code simulator} is the in-process one behind a {@code sim:} spec, if any. */
    public ScannerFeed(SerialScanner scanner, Optional<ScannerSimulator> simulator) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        scanner.subscribe(this::deliver);
    }

    private void deliver(ScannerEvent event) {
        Consumer<String> l = listener;
        if (l == null) {
            return; // nobody is on the 进度查询 screen: a scan here means nothing
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
        return () -> {
            if (listener == codes) {
                listener = null;
            }
        };
    }

    @Override
    public boolean simulated() {
        return simulator.isPresent();
    }

    @Override
    public void simulateScan(String code) {
        try {
            simulator.orElseThrow(() -> new IllegalStateException("not a simulated scanner")).emit(code);
        } catch (LinkException e) {
            LOG.warn("simulated scan failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scanner.subscribe(null);
        scanner.close();
        simulator.ifPresent(ScannerSimulator::close);
    }
}
