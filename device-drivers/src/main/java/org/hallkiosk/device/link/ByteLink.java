package org.hallkiosk.device.link;

import java.io.Closeable;
import java.time.Duration;

/**
 * A two-way byte channel to a device: serial port, TCP socket, device file or in-memory pipe.
 *
 * <p>Implementations report a vanished peer (unplugged cable, closed socket, PTY whose other end
 * went away) as {@link LinkException.Disconnected}, never as a silent zero-length read.
 */
public interface ByteLink extends Closeable {

    /** The spec this link was made from, e.g. {@code serial:/dev/ttyUSB0?baud=115200}. */
    String spec();

    /** Opens the link; idempotent. */
    void open() throws LinkException;

    boolean isOpen();

    /** Writes all bytes or throws. */
    void write(byte[] data) throws LinkException;

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read into {@code buffer}, 0 on timeout
     */
    int read(byte[] buffer, Duration timeout) throws LinkException;

    /** False for write-only links such as {@code file:/dev/usb/lp0}, whose device cannot answer status queries. */
    default boolean canRead() {
        return true;
    }

    /** Discards bytes already received but not yet read, so that the next read sees only fresh replies. */
    default void discardInput() throws LinkException {
        byte[] scratch = new byte[256];
        while (canRead() && read(scratch, Duration.ZERO) > 0) {
            // keep reading until nothing is pending
        }
    }

    /** Blocks until written bytes have left the host (or the link cannot tell). */
    void drain() throws LinkException;

    @Override
    void close();
}
