package org.hallkiosk.device.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port over jSerialComm, opened by path (PTYs and udev symlinks work although jSerialComm
 * does not list them).
 *
 * <p>jSerialComm keeps {@code isOpen()} true after the peer disappears; the only sign is that reads
 * return -1 and writes fail. Both are turned into {@link LinkException.Disconnected} and the port is
 * closed, so {@link #isOpen()} tells the truth afterwards. The PORT_DISCONNECTED listener is not used:
 * it fires in a tight loop until the port is closed.
 *
 * <p>Writes go out in 256-byte pieces, each only once the kernel's output queue has room, so a device
 * holding flow control makes {@link #write} fail after the spec's {@code write} timeout instead of
 * blocking in the kernel. That relies on the driver reporting its queue (UARTs and USB-serial
 * adapters do); a PTY stopped by XOFF does not, so there a write can still block.
 */
public final class SerialLink implements ByteLink {

    private static final Logger log = LoggerFactory.getLogger(SerialLink.class);

    private final LinkSpec.Serial spec;
    // Reads and writes lock separately so a status poll waiting for a reply never blocks a writer.
    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private volatile SerialPort port;
    private volatile int configuredReadTimeoutMs = -1;
    /** Bytes handed to the kernel at a time. */
    private static final int CHUNK = 256;
    /** Kernel serial output buffers hold 4 KiB; staying under half of that keeps write() from blocking. */
    private static final int OUTPUT_QUEUE_LIMIT = 2048;

    public SerialLink(LinkSpec.Serial spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String spec() {
        return spec.text();
    }

    @Override
    public void open() throws LinkException {
        synchronized (stateLock) {
            if (port != null) {
                return;
            }
            Path path = Path.of(spec.path());
            if (!Files.exists(path)) {
                throw new LinkException.Disconnected(spec.path() + " does not exist (device unplugged or not yet created)");
            }
            SerialPort candidate;
            try {
                // A fresh SerialPort each time: after a replug the symlink may point at a new device node.
                candidate = SerialPort.getCommPort(spec.path());
            } catch (SerialPortInvalidPortException e) {
                throw new LinkException("cannot use " + spec.path() + " as a serial port: " + e.getMessage(), e);
            }
            if (!candidate.openPort()) {
                throw new LinkException("cannot open " + spec.path() + ": error " + candidate.getLastErrorCode()
                        + (Files.isReadable(path) && Files.isWritable(path) ? "" : " (no permission: add the kiosk user to the dialout group)"));
            }
            // openPort() on a PTY leaves ENOTTY from a modem-line ioctl; the port works, so it is not checked.
            candidate.setComPortParameters(spec.baud(), spec.dataBits(), stopBits(spec.stopBits()), parity(spec.parity()));
            candidate.setFlowControl(flow(spec.flow()));
            if (spec.flow() == LinkSpec.Flow.DTR) {
                // our half of DTR/DSR: tell the device the host is ready to receive
                candidate.setDTR();
            }
            configuredReadTimeoutMs = -1;
            configureTimeouts(candidate, 0);
            port = candidate;
            log.debug("opened {}", spec.text());
        }
    }

    @Override
    public boolean isOpen() {
        SerialPort p = port;
        return p != null && p.isOpen();
    }

    @Override
    public void write(byte[] data) throws LinkException {
        synchronized (writeLock) {
            SerialPort p = requireOpen();
            int offset = 0;
            long deadline = System.nanoTime() + spec.writeTimeout().toNanos();
            while (offset < data.length) {
                int chunk = Math.min(CHUNK, data.length - offset);
                awaitRoom(p, chunk, deadline, offset, data.length);
                int n = p.writeBytes(data, chunk, offset);
                // A vanished PTY or USB adapter makes writeBytes return 0 (errno EIO), not -1; bytesAvailable()
                // returning -1 is what tells that apart from a device that is merely slow.
                if (n < 0 || (n == 0 && p.bytesAvailable() < 0)) {
                    int code = p.getLastErrorCode();
                    closeAfterFailure(p);
                    throw new LinkException.Disconnected(spec.path() + " went away while writing (error " + code + ")");
                }
                if (n > 0) {
                    offset += n;
                    deadline = System.nanoTime() + spec.writeTimeout().toNanos();
                }
            }
        }
    }

    /**
     * Waits until the kernel's output queue has room for {@code chunk} more bytes and, with DTR/DSR flow
     * control, until the device raises DSR. Writing only then means write() never blocks: on Linux
     * jSerialComm has no write timeout, and a printer holding CTS low (or having sent XOFF) would
     * otherwise hang the kiosk. Linux termios has no DTR/DSR flow control at all, so it is done here.
     */
    private void awaitRoom(SerialPort p, int chunk, long deadline, int sent, int total) throws LinkException {
        while (true) {
            int queued = p.bytesAwaitingWrite();
            if (queued < 0) {
                int code = p.getLastErrorCode();
                closeAfterFailure(p);
                throw new LinkException.Disconnected(spec.path() + " went away while writing (error " + code + ")");
            }
            boolean dsrUp = spec.flow() != LinkSpec.Flow.DTR || p.getDSR();
            if (queued + chunk <= OUTPUT_QUEUE_LIMIT && dsrUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                String held = !dsrUp ? "DSR low: check the cable carries DSR, or use flow=none"
                        : spec.flow() == LinkSpec.Flow.RTS ? "CTS low"
                        : spec.flow() == LinkSpec.Flow.XON ? "XOFF received" : "output not draining";
                throw new LinkException("device on " + spec.path() + " stopped accepting data after " + sent + " of " + total
                        + " bytes (" + held + " for " + spec.writeTimeout().toMillis() + " ms)");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkException("interrupted while writing to " + spec.path(), e);
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        synchronized (readLock) {
            SerialPort p = requireOpen();
            if (buffer.length == 0) {
                return 0;
            }
            long ms = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
            configureTimeouts(p, (int) ms);
            int n = p.readBytes(buffer, buffer.length);
            if (n < 0) {
                int code = p.getLastErrorCode();
                closeAfterFailure(p);
                throw new LinkException.Disconnected(spec.path() + " went away (read failed, error " + code + ")");
            }
            return n;
        }
    }

    @Override
    public void drain() throws LinkException {
        long deadline = System.nanoTime() + spec.writeTimeout().toNanos();
        while (true) {
            int pending = requireOpen().bytesAwaitingWrite();
            if (pending <= 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LinkException(pending + " bytes still waiting to leave " + spec.path());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkException("interrupted while draining " + spec.path(), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (stateLock) {
            SerialPort p = port;
            port = null;
            if (p != null) {
                p.closePort();
                log.debug("closed {}", spec.text());
            }
        }
    }

    private SerialPort requireOpen() throws LinkException {
        SerialPort p = port;
        if (p == null) {
            throw new LinkException.Disconnected(spec.path() + " is not open");
        }
        return p;
    }

    private void closeAfterFailure(SerialPort failed) {
        synchronized (stateLock) {
            if (port == failed) {
                port = null;
            }
        }
        failed.closePort();
        log.info("{} disconnected", spec.path());
    }

    private void configureTimeouts(SerialPort p, int readMs) {
        if (readMs == configuredReadTimeoutMs) {
            return;
        }
        int writeMs = (int) Math.min(Integer.MAX_VALUE, spec.writeTimeout().toMillis());
        // Semi-blocking with 0 would wait forever for the first byte; a zero timeout means "poll".
        // no TIMEOUT_WRITE_BLOCKING: it adds a tcdrain() to every write; write() bounds its own waiting instead
        int mode = readMs == 0 ? SerialPort.TIMEOUT_NONBLOCKING : SerialPort.TIMEOUT_READ_SEMI_BLOCKING;
        p.setComPortTimeouts(mode, readMs, writeMs);
        configuredReadTimeoutMs = readMs;
    }

    private static int stopBits(LinkSpec.StopBits bits) {
        return switch (bits) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(LinkSpec.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flow(LinkSpec.Flow flow) {
        return switch (flow) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            // jSerialComm supports DTR/DSR on Windows only; write() watches DSR itself on every system
            case DTR -> SerialPort.FLOW_CONTROL_DISABLED;
            case XON -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
