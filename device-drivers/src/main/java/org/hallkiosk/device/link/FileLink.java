package org.hallkiosk.device.link;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Objects;

/**
 * A write-only device file such as {@code /dev/usb/lp0}. The kernel's usblp driver hands back no
 * status through it, so {@link #canRead()} is false and drivers must not wait for answers.
 */
public final class FileLink implements ByteLink {

    private final LinkSpec.File spec;
    private final Object lock = new Object();
    private FileOutputStream out;

    public FileLink(LinkSpec.File spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String spec() {
        return spec.text();
    }

    @Override
    public void open() throws LinkException {
        synchronized (lock) {
            if (out != null) {
                return;
            }
            if (!Files.exists(spec.path())) {
                throw new LinkException.Disconnected(spec.path() + " does not exist (printer off or unplugged)");
            }
            try {
                // Append: never truncate, the path may be an ordinary capture file in tests.
                out = new FileOutputStream(spec.path().toFile(), true);
            } catch (IOException e) {
                if (!Files.isWritable(spec.path())) {
                    throw new LinkException("no permission to write " + spec.path() + " (add the kiosk user to the lp group)", e);
                }
                throw new LinkException("cannot open " + spec.path() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return out != null;
        }
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public void write(byte[] data) throws LinkException {
        synchronized (lock) {
            if (out == null) {
                throw new LinkException.Disconnected(spec.path() + " is not open");
            }
            try {
                out.write(data);
                out.flush();
            } catch (IOException e) {
                closeQuietly();
                if (e instanceof NoSuchFileException || !Files.exists(spec.path())) {
                    throw new LinkException.Disconnected(spec.path() + " went away: " + e.getMessage(), e);
                }
                // ENODEV / EIO from usblp mean the printer was unplugged or switched off.
                throw new LinkException.Disconnected("writing " + spec.path() + " failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        throw new LinkException(spec.path() + " is write-only: the printer cannot answer on this link");
    }

    @Override
    public void discardInput() {
        // nothing is ever received on a write-only link
    }

    @Override
    public void drain() throws LinkException {
        synchronized (lock) {
            if (out == null) {
                throw new LinkException.Disconnected(spec.path() + " is not open");
            }
            try {
                out.getFD().sync();
            } catch (IOException e) {
                // Character devices do not support fsync; write() already handed the bytes to the kernel.
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // nothing useful to do with a failed close of a device file
            }
            out = null;
        }
    }
}
