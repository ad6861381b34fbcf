package org.hallkiosk.testkit.pty;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One pseudo-terminal made in this process: a master this process keeps and a slave at {@link #slavePath()}
 * ({@code /dev/pts/N}) that a serial library opens like any port. The slave is put in raw mode (no echo, no
 * CR/LF translation, no XON/XOFF, every byte value passes) and held open here, so that the master neither reads
 * end-of-file before anyone opened the slave nor between one opener closing and the next opening it.
 * {@link #close()} closes the master: the slave path disappears and whoever holds it sees a hang-up.
 */
public final class Pty implements AutoCloseable {

    private static final LibC C = LibC.INSTANCE;

    private final int master;
    private final int heldSlave;
    private final Path slavePath;
    private boolean closed;

    private Pty(int master, int heldSlave, Path slavePath) {
        this.master = master;
        this.heldSlave = heldSlave;
        this.slavePath = slavePath;
    }

    /** Opens a new pseudo-terminal through {@code posix_openpt}, {@code grantpt} and {@code unlockpt}. */
    public static Pty open() throws IOException {
        int master = C.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_NONBLOCK | LibC.O_CLOEXEC);
        if (master < 0) {
            throw Errno.ioException("posix_openpt (is /dev/pts mounted?)");
        }
        try {
            if (C.grantpt(master) != 0) {
                throw Errno.ioException("grantpt");
            }
            if (C.unlockpt(master) != 0) {
                throw Errno.ioException("unlockpt");
            }
            byte[] name = new byte[128];
            int err = C.ptsname_r(master, name, new NativeLong(name.length));
            if (err != 0) {
                throw new IOException("ptsname_r failed: " + C.strerror(err));
            }
            Path slavePath = Path.of(cString(name));
            int slave = C.open(slavePath.toString(), LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
            if (slave < 0) {
                throw Errno.ioException("open " + slavePath);
            }
            try {
                makeRaw(slave);
            } catch (IOException e) {
                C.close(slave);
                throw e;
            }
            return new Pty(master, slave, slavePath);
        } catch (IOException e) {
            C.close(master);
            throw e;
        }
    }

    private static void makeRaw(int fd) throws IOException {
        byte[] termios = new byte[LibC.TERMIOS_SIZE];
        if (C.tcgetattr(fd, termios) != 0) {
            throw Errno.ioException("tcgetattr");
        }
        C.cfmakeraw(termios);
        if (C.tcsetattr(fd, LibC.TCSANOW, termios) != 0) {
            throw Errno.ioException("tcsetattr");
        }
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    /** The slave device, e.g. {@code /dev/pts/7}. */
    public Path slavePath() {
        return slavePath;
    }

    /** The slave's termios flags as {@code [c_iflag, c_oflag, c_cflag, c_lflag]}, read through the held slave. */
    public int[] termiosFlags() throws IOException {
        byte[] termios = new byte[LibC.TERMIOS_SIZE];
        if (C.tcgetattr(heldSlave, termios) != 0) {
            throw Errno.ioException("tcgetattr");
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(termios).order(java.nio.ByteOrder.nativeOrder());
        return new int[] {b.getInt(0), b.getInt(4), b.getInt(8), b.getInt(12)};
    }

    /**
     * Reads what the slave's user wrote, blocking until some bytes came or a {@code stop} is signalled.
     *
     * @return the number of bytes read, or -1 when stopped (or the master hung up)
     */
    int readMaster(byte[] buffer, Wakeup... stops) throws IOException {
        while (true) {
            short ready = await(LibC.POLLIN, stops);
            if (ready < 0) {
                return -1;
            }
            long n = C.read(master, buffer, new NativeLong(buffer.length)).longValue();
            if (n > 0) {
                return (int) n;
            }
            int errno = n < 0 ? Errno.last() : 0;
            if (n < 0 && (errno == LibC.EINTR || errno == LibC.EAGAIN)) {
                continue;
            }
            if (n == 0 || errno == LibC.EIO) {
                return -1;
            }
            throw Errno.ioException("read " + slavePath + " master");
        }
    }

    /**
     * Writes all of {@code buffer[offset, offset+length)} to the slave's input, waiting while it is full.
     *
     * @return false when a {@code stop} was signalled (or the master hung up) before everything was written
     */
    boolean writeMaster(byte[] buffer, int offset, int length, Wakeup... stops) throws IOException {
        int done = 0;
        byte[] chunk = offset == 0 ? buffer : java.util.Arrays.copyOfRange(buffer, offset, offset + length);
        while (done < length) {
            if (await(LibC.POLLOUT, stops) < 0) {
                return false;
            }
            byte[] rest = done == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, done, length);
            long n = C.write(master, rest, new NativeLong(length - done)).longValue();
            if (n > 0) {
                done += (int) n;
                continue;
            }
            int errno = Errno.last();
            if (errno == LibC.EINTR || errno == LibC.EAGAIN) {
                continue;
            }
            if (errno == LibC.EIO) {
                return false;
            }
            throw Errno.ioException("write " + slavePath + " master");
        }
        return true;
    }

    /** Polls the master for {@code events} beside the stops; -1 when a stop fired or the master can never be ready. */
    private short await(short events, Wakeup... stops) throws IOException {
        int count = 1 + stops.length;
        try (Memory fds = new Memory(8L * count)) {
            fds.clear();
            fds.setInt(0, master);
            fds.setShort(4, events);
            for (int i = 0; i < stops.length; i++) {
                fds.setInt(8L * (i + 1), stops[i].readFd());
                fds.setShort(8L * (i + 1) + 4, LibC.POLLIN);
            }
            while (true) {
                int n = C.poll(fds, new NativeLong(count), -1);
                if (n < 0) {
                    if (Errno.last() == LibC.EINTR) {
                        continue;
                    }
                    throw Errno.ioException("poll");
                }
                for (int i = 0; i < stops.length; i++) {
                    if (fds.getShort(8L * (i + 1) + 6) != 0) {
                        return -1;
                    }
                }
                short revents = fds.getShort(6);
                if ((revents & events) != 0) {
                    return revents;
                }
                if ((revents & (LibC.POLLHUP | LibC.POLLERR)) != 0) {
                    return -1;
                }
            }
        }
    }

    /** Closes the master and the held slave: the slave path vanishes, its other holders see a hang-up. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            C.close(master);
            C.close(heldSlave);
        }
    }
}
