package org.hallkiosk.device.scanner;

import java.time.Duration;
import java.util.Optional;
import org.hallkiosk.device.link.LinkException;

/** A scanner the kiosk asks for the next code. One caller at a time. */
public interface BarcodeScanner extends AutoCloseable {

    void open() throws LinkException;

    /** The next code or rejection, or empty when nothing arrived within {@code timeout}. */
    Optional<ScannerEvent> next(Duration timeout) throws LinkException;

    @Override
    void close();
}
