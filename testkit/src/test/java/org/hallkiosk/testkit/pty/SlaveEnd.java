package org.hallkiosk.testkit.pty;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** A slave opened the plain way (open/read/write through libc), so these tests need no serial library. */
final class SlaveEnd implements AutoCloseable {

    private final int fd;

    SlaveEnd(Path path) throws IOException {
        fd = LibC.INSTANCE.open(path.toString(), LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
        if (fd < 0) {
            throw Errno.ioException("open " + path);
        }
    }

    void write(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            byte[] rest = Arrays.copyOfRange(bytes, done, bytes.length);
            long n = LibC.INSTANCE.write(fd, rest, new NativeLong(rest.length)).longValue();
            if (n < 0) {
                throw Errno.ioException("write");
            }
            done += (int) n;
        }
    }

    /** What arrives until {@code count} bytes came or nothing came for {@code quiet}. */
    byte[] read(int count, Duration quiet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (out.size() < count) {
            int n = readOnce(buffer, quiet);
            if (n <= 0) {
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** One read after waiting up to {@code timeout}: bytes read, 0 on timeout, -1 on a hang-up or EIO. */
    int readOnce(byte[] buffer, Duration timeout) throws IOException {
        try (Memory pfd = new Memory(8)) {
            pfd.clear();
            pfd.setInt(0, fd);
            pfd.setShort(4, LibC.POLLIN);
            int ready = LibC.INSTANCE.poll(pfd, new NativeLong(1), (int) timeout.toMillis());
            if (ready < 0) {
                throw Errno.ioException("poll");
            }
            if (ready == 0) {
                return 0;
            }
            long n = LibC.INSTANCE.read(fd, buffer, new NativeLong(buffer.length)).longValue();
            if (n < 0 && Errno.last() == LibC.EIO) {
                return -1;
            }
            if (n < 0) {
                throw Errno.ioException("read");
            }
            return n == 0 ? -1 : (int) n;
        }
    }

    @Override
    public void close() {
        LibC.INSTANCE.close(fd);
    }
}
