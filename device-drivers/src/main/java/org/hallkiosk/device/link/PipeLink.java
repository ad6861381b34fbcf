package org.hallkiosk.device.link;

import java.time.Duration;
import java.util.Objects;

/**
 * One end of an in-memory, full-duplex byte pipe; {@link #pair} makes both ends. Used by tests and by
 * in-process simulators. Closing or {@link #unplug() unplugging} one end makes the other end's reads
 * (once buffered bytes are consumed) and writes fail with {@link LinkException.Disconnected}, like a
 * pulled cable.
 */
public final class PipeLink implements ByteLink {

    /** Both ends of a pipe: the host (driver) side and the device (simulator) side. */
    public record Pair(PipeLink host, PipeLink device) {}

    private final String spec;
    private final Channel inbound;
    private final Channel outbound;
    private volatile boolean open;
    private PipeLink peer;

    private PipeLink(String spec, Channel inbound, Channel outbound) {
        this.spec = spec;
        this.inbound = inbound;
        this.outbound = outbound;
        this.open = true;
    }

    /** Makes a connected pair; both ends start open. */
    public static Pair pair(String spec) {
        Objects.requireNonNull(spec, "spec");
        Channel toDevice = new Channel();
        Channel toHost = new Channel();
        PipeLink host = new PipeLink(spec, toHost, toDevice);
        PipeLink device = new PipeLink(spec + "#device", toDevice, toHost);
        host.peer = device;
        device.peer = host;
        return new Pair(host, device);
    }

    @Override
    public String spec() {
        return spec;
    }

    /** Reopening works only while the wire is intact; after an unplug the pipe is gone for good. */
    @Override
    public void open() throws LinkException {
        if (inbound.isCut() || outbound.isCut()) {
            throw new LinkException.Disconnected(spec + " was unplugged");
        }
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] data) throws LinkException {
        if (!open) {
            throw new LinkException.Disconnected(spec + " is not open");
        }
        if (!outbound.put(data)) {
            throw new LinkException.Disconnected(spec + ": the other end went away");
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        if (!open) {
            throw new LinkException.Disconnected(spec + " is not open");
        }
        try {
            int n = inbound.take(buffer, timeout);
            if (n < 0) {
                open = false;
                throw new LinkException.Disconnected(spec + ": the other end went away");
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while reading " + spec, e);
        }
    }

    @Override
    public void drain() throws LinkException {
        if (!open) {
            throw new LinkException.Disconnected(spec + " is not open");
        }
    }

    /** Closes this end; the peer sees a disconnect. */
    @Override
    public void close() {
        open = false;
        inbound.cut();
        outbound.cut();
    }

    /** Pulls the cable: both ends see a disconnect and neither can be reopened. */
    public void unplug() {
        close();
        peer.open = false;
    }

    /** One direction of the pipe: a growable byte buffer with blocking take. */
    private static final class Channel {
        private byte[] data = new byte[256];
        private int start;
        private int end;
        private boolean cut;

        synchronized boolean put(byte[] bytes) {
            if (cut) {
                return false;
            }
            if (end + bytes.length > data.length) {
                int live = end - start;
                byte[] grown = live + bytes.length > data.length
                        ? new byte[Math.max(data.length * 2, live + bytes.length)] : data;
                System.arraycopy(data, start, grown, 0, live);
                data = grown;
                start = 0;
                end = live;
            }
            System.arraycopy(bytes, 0, data, end, bytes.length);
            end += bytes.length;
            notifyAll();
            return true;
        }

        /** Returns bytes read, 0 on timeout, -1 once cut and empty. */
        synchronized int take(byte[] buffer, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (start == end) {
                if (cut) {
                    return -1;
                }
                long waitNanos = deadline - System.nanoTime();
                if (waitNanos <= 0) {
                    return 0;
                }
                wait(Math.max(1, waitNanos / 1_000_000), 0);
            }
            int n = Math.min(buffer.length, end - start);
            System.arraycopy(data, start, buffer, 0, n);
            start += n;
            if (start == end) {
                start = 0;
                end = 0;
                if (data.length > 64 * 1024) {
                    data = new byte[256];
                }
            }
            return n;
        }

        synchronized void cut() {
            cut = true;
            notifyAll();
        }

        synchronized boolean isCut() {
            return cut;
        }
    }
}
