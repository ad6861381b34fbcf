package org.hallkiosk.testkit.pty;

import java.io.IOException;

/**
 * A pipe whose read end becomes readable, for good, once {@link #signal()} is called: relay threads poll it beside
 * their PTY master, so stopping them needs no timeouts (a thread blocked in read(2) would not notice a close(2)).
 */
final class Wakeup implements AutoCloseable {

    private final int readFd;
    private final int writeFd;
    private boolean signalled;
    private boolean closed;

    Wakeup() throws IOException {
        int[] fds = new int[2];
        if (LibC.INSTANCE.pipe2(fds, LibC.O_CLOEXEC) != 0) {
            throw Errno.ioException("pipe2");
        }
        readFd = fds[0];
        writeFd = fds[1];
    }

    int readFd() {
        return readFd;
    }

    /** Wakes every poller; they see the pipe readable from now on. */
    synchronized void signal() {
        if (!signalled && !closed) {
            signalled = true;
            LibC.INSTANCE.write(writeFd, new byte[] {1}, new com.sun.jna.NativeLong(1));
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LibC.INSTANCE.close(readFd);
            LibC.INSTANCE.close(writeFd);
        }
    }
}
