package org.hallkiosk.kiosk.systemd;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Sends one datagram to a Unix socket through libc. The JDK cannot: its Unix-domain channels
 * ({@code UnixDomainSocketAddress}, Java 16+) are stream sockets only, and systemd's notify socket is a datagram socket.
 */
final class UnixDatagram {

    // Linux values on x86, x86-64, ARM and AArch64 alike.
    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int MSG_NOSIGNAL = 0x4000;
    /** {@code sizeof(sockaddr_un.sun_path)}. */
    static final int MAX_PATH = 108;

    /** The few libc calls used; {@code size_t} is a C {@code long} on every Linux this runs on. */
    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        NativeLong sendto(int fd, byte[] buf, NativeLong len, int flags, byte[] addr, int addrLen) throws LastErrorException;

        int close(int fd);
    }

    private final LibC libc;

    private UnixDatagram(LibC libc) {
        this.libc = libc;
    }

    /** Binds libc; fails with {@link UnsatisfiedLinkError} where JNA or libc cannot be loaded. */
    static UnixDatagram load() {
        return new UnixDatagram(Native.load("c", LibC.class));
    }

    /**
     * Sends {@code message} to {@code socketPath}; a path starting with {@code @} names an abstract socket,
     * as in {@code NOTIFY_SOCKET}.
     */
    void send(String socketPath, byte[] message) throws IOException {
        byte[] address = address(socketPath);
        int fd;
        try {
            fd = libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw new IOException("socket(AF_UNIX, SOCK_DGRAM): errno " + e.getErrorCode(), e);
        }
        try {
            libc.sendto(fd, message, new NativeLong(message.length), MSG_NOSIGNAL, address, address.length);
        } catch (LastErrorException e) {
            throw new IOException("sendto " + socketPath + ": errno " + e.getErrorCode(), e);
        } finally {
            libc.close(fd);
        }
    }

    /** A {@code struct sockaddr_un} holding {@code path}, cut to the length the kernel is to read. */
    static byte[] address(String path) throws IOException {
        boolean isAbstract = path.startsWith("@");
        byte[] name = (isAbstract ? path.substring(1) : path).getBytes(StandardCharsets.UTF_8);
        // abstract: a leading NUL and no terminator; a file: the path and its terminating NUL
        int pathBytes = isAbstract ? 1 + name.length : name.length + 1;
        if (pathBytes > MAX_PATH) {
            throw new IOException("socket path longer than " + MAX_PATH + " bytes: " + path);
        }
        ByteBuffer b = ByteBuffer.allocate(2 + pathBytes).order(ByteOrder.nativeOrder());
        b.putShort((short) AF_UNIX);
        if (isAbstract) {
            b.put((byte) 0);
        }
        b.put(name);
        return b.array(); // a file path's terminator is the zero the buffer starts with
    }
}
