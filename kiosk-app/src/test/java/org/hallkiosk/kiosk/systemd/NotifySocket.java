package org.hallkiosk.kiosk.systemd;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** systemd's side of the notify protocol for tests: a bound Unix datagram socket that receives what the kiosk sends. */
final class NotifySocket implements AutoCloseable {

    private static final short POLLIN = 1;

    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] addr, int addrLen) throws LastErrorException;

        int poll(byte[] fds, NativeLong count, int timeoutMs) throws LastErrorException;

        NativeLong recv(int fd, byte[] buf, NativeLong len, int flags) throws LastErrorException;

        int close(int fd);
    }

    private final LibC libc = Native.load("c", LibC.class);
    private final int fd;

    /** Binds a socket at {@code path} ({@code @name} for an abstract one). */
    NotifySocket(String path) throws IOException {
        fd = libc.socket(1, 2, 0);
        byte[] address = UnixDatagram.address(path);
        libc.bind(fd, address, address.length);
    }

    /** The next datagram, or empty when none came within {@code timeout}. */
    Optional<String> receive(Duration timeout) {
        ByteBuffer pollfd = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(fd).putShort(POLLIN).putShort((short) 0);
        int ready = libc.poll(pollfd.array(), new NativeLong(1), (int) timeout.toMillis());
        if (ready <= 0) {
            return Optional.empty();
        }
        byte[] buf = new byte[4096];
        int n = libc.recv(fd, buf, new NativeLong(buf.length), 0).intValue();
        return Optional.of(new String(buf, 0, n, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        libc.close(fd);
    }
}
