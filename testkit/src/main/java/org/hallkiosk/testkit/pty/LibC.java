package org.hallkiosk.testkit.pty;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few libc calls a pseudo-terminal needs. Constants are Linux's generic values (the same on x86-64 and arm64).
 * {@code size_t}/{@code ssize_t}/{@code nfds_t} are passed as {@link NativeLong} so the upper register half is defined.
 */
interface LibC extends Library {

    LibC INSTANCE = Native.load("c", LibC.class);

    int O_RDWR = 0x2;
    int O_NOCTTY = 0x100;
    int O_NONBLOCK = 0x800;
    int O_CLOEXEC = 0x80000;
    int TCSANOW = 0;
    short POLLIN = 0x1;
    short POLLOUT = 0x4;
    short POLLERR = 0x8;
    short POLLHUP = 0x10;
    int EINTR = 4;
    int EIO = 5;
    int EAGAIN = 11;
    /** glibc's {@code struct termios} is 60 bytes; room to spare so a bigger one never overruns. */
    int TERMIOS_SIZE = 256;

    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    int ptsname_r(int fd, byte[] buf, NativeLong buflen);

    int open(String path, int flags);

    int close(int fd);

    NativeLong read(int fd, byte[] buf, NativeLong count);

    NativeLong write(int fd, byte[] buf, NativeLong count);

    int pipe2(int[] fds, int flags);

    int poll(Pointer fds, NativeLong nfds, int timeoutMillis);

    int tcgetattr(int fd, byte[] termios);

    int tcsetattr(int fd, int optionalActions, byte[] termios);

    void cfmakeraw(byte[] termios);

    String strerror(int errnum);
}
